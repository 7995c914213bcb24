package org.summitkg.export;

import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.summitkg.SummitKgException;

/** A small wrapper over the JDK's StAX writer for the XML exports: one call per element, failures unchecked. */
final class XmlOut {
    private final XMLStreamWriter xml;

    XmlOut(Writer out) {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        } catch (XMLStreamException e) {
            throw new SummitKgException("XML export cannot start: " + e.getMessage(), e);
        }
    }

    /** Opens an element with attributes given as name, value pairs; an empty value is left out. */
    XmlOut open(String name, String... attributes) {
        return run(() -> {
            xml.writeStartElement(name);
            attributes(attributes);
        });
    }

    /** An element without content. */
    XmlOut empty(String name, String... attributes) {
        return run(() -> {
            xml.writeEmptyElement(name);
            attributes(attributes);
        });
    }

    /** An element with only text. */
    XmlOut text(String name, String text, String... attributes) {
        return run(() -> {
            xml.writeStartElement(name);
            attributes(attributes);
            xml.writeCharacters(text);
            xml.writeEndElement();
        });
    }

    XmlOut close() {
        return run(xml::writeEndElement);
    }

    XmlOut start() {
        return run(() -> xml.writeStartDocument("UTF-8", "1.0"));
    }

    void end() {
        run(() -> {
            xml.writeEndDocument();
            xml.flush();
        });
    }

    private void attributes(String... pairs) throws XMLStreamException {
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null && !pairs[i + 1].isEmpty()) {
                xml.writeAttribute(pairs[i], pairs[i + 1]);
            }
        }
    }

    private interface Step {
        void run() throws XMLStreamException;
    }

    private XmlOut run(Step step) {
        try {
            step.run();
            return this;
        } catch (XMLStreamException e) {
            throw new SummitKgException("XML export cannot be written: " + e.getMessage(), e);
        }
    }
}
