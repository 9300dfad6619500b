package com.businessbuilder.engine.camunda7.guard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Walks a BPMN or DMN document element by element, safely: a document with a DTD is refused, no entity and no
 * external resource is ever loaded. The rules see each element with its ancestors, its attributes and, at its end,
 * its text.
 */
abstract class XmlModel {

  /** An element being read: its names, the id of the closest element a process owner can find, where it is. */
  record Element(String namespace, String name, String id, Attributes attributes, int line, int column,
      StringBuilder text) {
    String attribute(String localName) {
      for (int i = 0; i < attributes.getLength(); i++) {
        if (attributes.getLocalName(i).equals(localName)) {
          return attributes.getValue(i);
        }
      }
      return null;
    }
  }

  private static final SAXParserFactory FACTORY = factory();

  private final Deque<Element> open = new ArrayDeque<>();
  final Refusals refusals;

  XmlModel(Refusals refusals) {
    this.refusals = refusals;
  }

  /** Reads the document; a document that is not well-formed XML, or has a DTD, is refused under {@link Rule#XML}. */
  final void walk(byte[] document) {
    try {
      SAXParser parser = FACTORY.newSAXParser();
      parser.parse(new ByteArrayInputStream(document), new Handler());
    } catch (SAXParseException e) {
      refusals.add(Rule.XML, rootId(), e.getLineNumber(), e.getColumnNumber(),
          "not a well-formed model without DTD: " + e.getMessage());
    } catch (SAXException | ParserConfigurationException | IOException e) {
      refusals.add(Rule.XML, rootId(), 0, 0, "cannot be read: " + e.getMessage());
    }
  }

  /** Called at each element's start, with its ancestors (closest first) available through {@link #parent}. */
  abstract void start(Element element);

  /** Called at each element's end, with its whole text. */
  abstract void end(Element element);

  /** The {@code n}th ancestor of the element being read (0 = its parent), or null. */
  final Element parent(int n) {
    Iterator<Element> ancestors = open.iterator();
    if (ancestors.hasNext()) {
      ancestors.next(); // the element itself
    }
    for (int i = 0; i < n && ancestors.hasNext(); i++) {
      ancestors.next();
    }
    return ancestors.hasNext() ? ancestors.next() : null;
  }

  private String rootId() {
    return open.isEmpty() ? "" : open.getLast().id();
  }

  /** Whether an element's id names something a process owner can select, rather than a detail inside it. */
  abstract boolean isSelectable(String namespace, String localName);

  private final class Handler extends DefaultHandler {
    private Locator locator;

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      String ownId = attributes.getValue("id");
      String id = ownId != null && !ownId.isBlank() && isSelectable(uri, localName) ? ownId
          : open.isEmpty() ? "" : open.peek().id();
      Element element = new Element(uri, localName, id, new org.xml.sax.helpers.AttributesImpl(attributes),
          locator == null ? 0 : locator.getLineNumber(), locator == null ? 0 : locator.getColumnNumber(),
          new StringBuilder());
      open.push(element);
      start(element);
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (!open.isEmpty()) {
        open.peek().text().append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      end(open.peek());
      open.pop();
    }
  }

  private static SAXParserFactory factory() {
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setValidating(false);
      factory.setXIncludeAware(false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      return factory;
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("No safe XML parser: " + e.getMessage(), e);
    }
  }
}
