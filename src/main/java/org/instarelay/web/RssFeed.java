package org.instarelay.web;

import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Renders a feed as RSS 2.0 with Media RSS: one {@code media:content} per picture. */
final class RssFeed {
    static final String CONTENT_TYPE = "application/rss+xml; charset=utf-8";
    private static final String MEDIA = "http://search.yahoo.com/mrss/";
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

    byte[] render(FeedView feed, List<FeedView.Item> items, String feedUrl) throws XMLStreamException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // The writer escapes text and attributes, so a caption can never break the document.
        XMLStreamWriter xml = factory.createXMLStreamWriter(bytes, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("rss");
        xml.writeAttribute("version", "2.0");
        xml.setPrefix("media", MEDIA);
        xml.writeNamespace("media", MEDIA);
        xml.writeStartElement("channel");
        text(xml, "title", feed.title());
        text(xml, "link", feed.profileUrl());
        text(xml, "description", "The newest Instagram posts of @" + feed.username());
        for (FeedView.Item item : items) {
            item(xml, item);
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return bytes.toByteArray();
    }

    private static void item(XMLStreamWriter xml, FeedView.Item item) throws XMLStreamException {
        xml.writeStartElement("item");
        text(xml, "title", firstLine(item.caption()));
        text(xml, "description", item.caption());
        text(xml, "link", item.permalink());
        xml.writeStartElement("guid");
        xml.writeAttribute("isPermaLink", "true");
        xml.writeCharacters(xmlSafe(item.permalink()));
        xml.writeEndElement();
        text(xml, "pubDate", RFC_822.format(item.published()));
        xml.writeStartElement(MEDIA, "group");
        for (FeedView.Picture picture : item.pictures()) {
            xml.writeStartElement(MEDIA, "content");
            xml.writeAttribute("url", xmlSafe(picture.url()));
            xml.writeAttribute("medium", "image");
            xml.writeAttribute("type", picture.mimeType());
            text(xml, MEDIA, "description", picture.altText());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static String firstLine(String caption) {
        String line = caption.strip().lines().findFirst().orElse("");
        if (line.isEmpty()) {
            return "Instagram post";
        }
        return line.length() <= 100 ? line : line.substring(0, 99) + "…";
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlSafe(value));
        xml.writeEndElement();
    }

    /** Drops the control characters XML 1.0 forbids, which a caption may carry. */
    private static String xmlSafe(String value) {
        return value.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
    }

    private static void text(XMLStreamWriter xml, String namespace, String name, String value)
            throws XMLStreamException {
        xml.writeStartElement(namespace, name);
        xml.writeCharacters(xmlSafe(value));
        xml.writeEndElement();
    }
}
