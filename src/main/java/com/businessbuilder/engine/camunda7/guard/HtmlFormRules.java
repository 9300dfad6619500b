package com.businessbuilder.engine.camunda7.guard;

import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

/**
 * The rules for an embedded HTML form, which Tasklist shows in the CEO's browser and compiles with AngularJS: form
 * elements and their attributes only. Read with an HTML5 parser, as the browser reads it, and checked against an
 * allow-list, so no {@code <script>}, no {@code on*=} handler, no {@code javascript:} URL, no AngularJS expression
 * ({@code {{...}}}) and no element or attribute that loads or runs anything else reaches the CEO.
 */
final class HtmlFormRules {

  static final Set<String> ELEMENTS = Set.of("html", "head", "body", "form", "div", "span", "p", "br", "hr", "h1",
      "h2", "h3", "h4", "h5", "h6", "label", "input", "select", "option", "optgroup", "textarea", "button",
      "fieldset", "legend", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "ul", "ol", "li", "dl", "dt", "dd",
      "strong", "em", "b", "i", "small", "code", "pre", "blockquote", "a");
  static final Set<String> ATTRIBUTES = Set.of("id", "class", "name", "role", "for", "type", "value", "placeholder",
      "readonly", "required", "disabled", "checked", "selected", "multiple", "rows", "cols", "size", "min", "max",
      "step", "minlength", "maxlength", "pattern", "accept", "autocomplete", "title", "colspan", "rowspan",
      "cam-variable-name", "cam-variable-type", "cam-max-filesize", "cam-choices", "cam-business-key",
      "cam-file-download", "href", "target", "rel", "hidden");

  private HtmlFormRules() {
  }

  /**
   * @param release whether the form comes with the application's own release: reviewed code, which may hold a
   *     {@code <script cam-script>} of Camunda's form SDK; a form deployed at run time may not
   */
  static void check(String html, boolean release, Refusals refusals) {
    Document document = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof Element element && release && isFormScript(element)) {
        return;
      }
      if (node instanceof TextNode text && release && text.parent() != null && isFormScript(text.parent())) {
        return;
      }
      if (node instanceof Element element) {
        element(element, refusals);
      } else if (node instanceof TextNode text && text.getWholeText().contains("{{")) {
        refuse(refusals, node, "the text '" + text.text().strip() + "' holds an AngularJS expression {{...}}");
      }
    }, document);
  }

  private static void element(Element element, Refusals refusals) {
    String tag = element.normalName();
    if (tag.equals("#root")) {
      return;
    }
    if (tag.equals("script")) {
      refuse(refusals, element, "<script> runs code in the browser of whoever opens the form");
    } else if (!ELEMENTS.contains(tag)) {
      refuse(refusals, element, "<" + tag + "> is not a form element (docs/model-guard.md lists them)");
    }
    for (Attribute attribute : element.attributes()) {
      String name = attribute.getKey().toLowerCase(Locale.ROOT);
      String value = attribute.getValue();
      if (name.startsWith("on")) {
        refuse(refusals, element, "<" + tag + " " + name + "=...> is an inline event handler");
      } else if (isJavascriptUrl(value)) {
        refuse(refusals, element, "<" + tag + " " + name + "=\"" + value + "\"> is a javascript: URL");
      } else if (!ATTRIBUTES.contains(name) && !name.startsWith("aria-")) {
        refuse(refusals, element, "<" + tag + " " + name + "=...> is not a form attribute "
            + "(docs/model-guard.md lists them)");
      } else if (value.contains("{{")) {
        refuse(refusals, element, "<" + tag + " " + name + "=\"" + value + "\"> holds an AngularJS expression");
      }
    }
  }

  private static boolean isFormScript(Element element) {
    return element.normalName().equals("script") && element.hasAttr("cam-script");
  }

  /**
   * As a browser reads a URL: control characters and blanks do not count, nor does case; a {@code data:} or
   * {@code vbscript:} URL counts as script too.
   */
  private static boolean isJavascriptUrl(String value) {
    StringBuilder compact = new StringBuilder();
    value.codePoints().filter(c -> c > ' ' && !Character.isWhitespace(c) && !Character.isISOControl(c))
        .forEach(compact::appendCodePoint);
    String url = compact.toString().toLowerCase(Locale.ROOT);
    return url.contains("javascript:") || url.contains("vbscript:") || url.startsWith("data:");
  }

  private static void refuse(Refusals refusals, Node node, String detail) {
    var start = node.sourceRange().start();
    String id = node instanceof Element element ? element.id() : "";
    refusals.add(Rule.HTML_FORM, id, Math.max(start.lineNumber(), 0), Math.max(start.columnNumber(), 0), detail);
  }
}
