package com.businessbuilder.documents;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The agents' Markdown as the XHTML fragment the PDF templates embed: headings, lists, emphasis and paragraphs
 * instead of their literal marks. Raw HTML in the text is escaped and links keep only safe schemes, so an agent's
 * output cannot inject markup into a client document.
 */
public final class MarkdownHtml {

  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

  private MarkdownHtml() {}

  /** The fragment for {@code th:utext}; empty for no text. */
  public static String render(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    return RENDERER.render(PARSER.parse(markdown));
  }
}
