package org.hubcycle.shared;

/**
 * A choice with the words a person reads for it, such as a status or a role. The words live in its
 * module's messages file under {@code enum.<Type>.<CONSTANT>} (shared choices in
 * {@code messages.properties}), so templates may also write {@code #{${choice.labelCode()}}}.
 * Implemented by enums.
 */
public interface Labelled {

    /** The words for this choice, from messages. */
    default String label() {
        return Labels.of((Enum<?>) this);
    }

    /** The message code of the words for this choice. */
    default String labelCode() {
        return Labels.code((Enum<?>) this);
    }
}
