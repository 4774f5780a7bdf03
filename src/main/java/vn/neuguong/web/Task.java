package vn.neuguong.web;

import java.time.LocalDate;

/**
 * One line of a person's task list on the home page, already in the reader's language.
 *
 * @param dueOn the deadline, when the task has one; the page tells how far off it is when shown
 * @param overdue whether the deadline has passed with the task still open
 */
public record Task(String title, String detail, String href, LocalDate dueOn, boolean overdue) {}
