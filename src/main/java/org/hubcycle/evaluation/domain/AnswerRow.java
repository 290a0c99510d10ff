package org.hubcycle.evaluation.domain;

/**
 * One answer of a submitted response, read without loading the response: for results over many
 * responses. A response with no answers at all comes as one row whose question is null.
 */
public record AnswerRow(
        long responseId, long surveyId, long hubId, String pairKey, Long questionId, String value, Boolean quotable) {}
