package com.gendan.model;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Namespace-aware DOM reading for BPMN and DMN files, as streams of elements and attributes. */
final class Xml {

  private Xml() {}

  /** Parses a BPMN or DMN file; no DTD, no external entities. */
  static Document parse(byte[] content) throws IOException, SAXException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(content));
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<Element> elements(Document document) {
    NodeList all = document.getElementsByTagNameNS("*", "*");
    return IntStream.range(0, all.getLength()).mapToObj(i -> (Element) all.item(i));
  }

  static Stream<Element> elements(Document document, String namespace, Set<String> localNames) {
    return elements(document)
        .filter(
            e -> namespace.equals(e.getNamespaceURI()) && localNames.contains(e.getLocalName()));
  }

  static Stream<Element> elements(Document document, String namespace, String localName) {
    return elements(document, namespace, Set.of(localName));
  }

  static Optional<String> attribute(Element element, String namespace, String name) {
    Attr attribute = element.getAttributeNodeNS(namespace, name);
    return Optional.ofNullable(attribute).map(Attr::getValue).filter(v -> !v.isBlank());
  }

  static Optional<String> attribute(Element element, String name) {
    return attribute(element, null, name);
  }

  /** {@code userTask 'Task_SignQuote'}; an element without id is named within its owner. */
  static String describe(Element element) {
    Optional<String> id = attribute(element, "id");
    if (id.isPresent()) {
      return element.getLocalName() + " '" + id.get() + "'";
    }
    return element.getParentNode() instanceof Element parent
        ? describe(parent) + " > " + element.getLocalName()
        : element.getLocalName();
  }
}
