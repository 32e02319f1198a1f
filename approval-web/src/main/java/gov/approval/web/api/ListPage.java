package gov.approval.web.api;

import java.util.List;

/** A page of a citizen's list: the rows, how many there are in all, the page (from 1) and size. */
public record ListPage<T>(List<T> items, long total, int page, int size) {}
