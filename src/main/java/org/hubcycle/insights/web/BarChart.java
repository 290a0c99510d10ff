package org.hubcycle.insights.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart of shares, laid out here and drawn as SVG by the {@code insights/fragments ::
 * chart} template: a group of bars per label, a bar per series (the hub's, England's), each with its
 * value written beside it. The chart has a title for assistive technology and is always shown beside
 * the table of the same figures (ADR 0018).
 */
record BarChart(String id, String title, List<Legend> legend, List<Group> groups, double height) {

    /** Width of the labels' column and of the plot, and a bar's height and the gap between groups, in SVG units. */
    static final int LABEL = 190;

    static final int PLOT = 330;

    static final int BAR = 16;

    static final int GAP = 12;

    /** The width of the whole drawing: labels, plot and room for the values written after the bars. */
    static final int WIDTH = LABEL + PLOT + 110;

    /** One bar: its series (0 the first), where it sits and its length, and the value written after it. */
    record Bar(int series, double y, double width, String text) {

        public double x() {
            return LABEL;
        }

        public double height() {
            return BAR - 2;
        }

        public double textX() {
            return LABEL + width + 6;
        }

        public double textY() {
            return y + BAR - 4;
        }
    }

    /** A label and its bars, with where the label ends (it is right-aligned) and its baseline. */
    record Group(String label, double y, List<Bar> bars) {

        public double labelX() {
            return LABEL - 8;
        }

        public double labelY() {
            return y + 5;
        }
    }

    /** A series' key under the plot (drawn only when there are several). */
    record Legend(int series, String name, double x, double y) {

        public double textX() {
            return x + 20;
        }

        public double textY() {
            return y + 12;
        }
    }

    /** The drawing's coordinates: its width and height with room for the legend. */
    public String viewBox() {
        return "0 0 " + WIDTH + " " + (height + (legend.size() > 1 ? 30 : 0));
    }

    /**
     * A chart of shares (percentages): {@code values.get(i).get(s)} is group i's share in series s, null
     * when the series has none for it. Bars are scaled to the largest share, rounded up to ten.
     */
    static BarChart of(String id, String title, List<String> series, List<String> labels, List<List<Double>> values) {
        double max = 10;
        for (List<Double> row : values) {
            for (Double v : row) {
                if (v != null) {
                    max = Math.max(max, Math.ceil(v / 10) * 10);
                }
            }
        }
        List<Group> groups = new ArrayList<>();
        double y = 0;
        for (int i = 0; i < labels.size(); i++) {
            List<Bar> bars = new ArrayList<>();
            for (int s = 0; s < series.size(); s++) {
                Double v = values.get(i).get(s);
                if (v != null) {
                    bars.add(new Bar(s, y + s * BAR, Math.max(1, PLOT * v / max), String.format("%.1f%%", v)));
                }
            }
            groups.add(new Group(labels.get(i), y + series.size() * BAR / 2.0, bars));
            y += series.size() * BAR + GAP;
        }
        List<Legend> legend = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            legend.add(new Legend(s, series.get(s), LABEL + s * 200, y + 8));
        }
        return new BarChart(id, title, legend, groups, y);
    }
}
