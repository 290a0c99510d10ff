package org.hubcycle.shared;

/** A choice with the words a person reads for it, such as a status or a role; the form fragments show its label. */
public interface Labelled {

    String label();
}
