package org.hubcycle.shared;

import java.time.LocalDate;

/** The three terms of an academic year. */
public enum Term {
    AUTUMN,
    SPRING,
    SUMMER;

    /** The term a date falls in: Autumn September–December, Spring January–March, Summer April–August. */
    public static Term of(LocalDate date) {
        int month = date.getMonthValue();
        if (month >= 9) {
            return AUTUMN;
        }
        return month <= 3 ? SPRING : SUMMER;
    }
}
