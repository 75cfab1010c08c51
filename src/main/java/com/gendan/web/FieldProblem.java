package com.gendan.web;

/**
 * One bad field of a request, as listed in the {@code errors} property of a 400 problem body.
 *
 * @param field the JSON path of the field, e.g. {@code floorPrice} or {@code contacts[0].email}
 * @param message why it is wrong, in Chinese
 */
public record FieldProblem(String field, String message) {
}
