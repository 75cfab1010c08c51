package com.gendan.data;

/**
 * Which page of a list to answer: {@code page} counts from 1, {@code size} rows a page. The bounds
 * are checked where the request comes in; here they are only held to.
 */
public record Paging(int page, int size) {

  public static final int MAX_PAGE = 1000;
  public static final int MAX_SIZE = 100;
  public static final int DEFAULT_SIZE = 20;

  public Paging {
    if (page < 1 || page > MAX_PAGE || size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("page " + page + " of size " + size + " is out of bounds");
    }
  }

  /** Rows before this page. */
  public int offset() {
    return (page - 1) * size;
  }
}
