package gov.approval.consultation.boundary;

import java.time.Instant;

/** An answered question published on an item guide: no asker, no official, only the text. */
public record PublishedFaq(String question, String answer, Instant publishedAt) {}
