package org.summitkg.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * The XML schemas the graph exports are checked against, made from the copies in JGraphT's jar.
 * <ul>
 * <li>GEXF 1.2: JGraphT's merged {@code gexf.xsd} declares the viz elements (color, position,
 * size, thickness) in the GEXF namespace, a conversion slip: Gephi, networkx and sigma.js read
 * them in the viz namespace, as the GEXF primer writes them. This copy declares them there.</li>
 * <li>GraphML with yFiles graphics: plain {@code graphml.xsd} leaves {@code <data>} empty by
 * design and lets extensions redefine it; yEd's {@code ygraphml.xsd} adds any content of other
 * namespaces and the {@code yfiles.type} key attribute. This redefinition does the same, with the
 * yFiles elements checked laxly.</li>
 * </ul>
 */
public final class Schemas {
    private Schemas() {
    }

    public static Schema gexf(Path dir) {
        String gexf = resource("gexf.xsd");
        for (String e : new String[] {"color", "position", "size", "thickness"}) {
            gexf = gexf.replace("<xs:element ref=\"ns1:" + e + "\"/>", "<xs:element ref=\"viz:" + e + "\"/>")
                    .replaceAll("<xs:element name=\"" + e + "\" type=\"viz:[a-z-]+\"/>", "");
        }
        String viz = resource("viz.xsd").replace("</xs:schema>", """
                  <xs:element name="color" type="viz:color-content"/>
                  <xs:element name="position" type="viz:position-content"/>
                  <xs:element name="size" type="viz:size-content"/>
                  <xs:element name="thickness" type="viz:thickness-content"/>
                </xs:schema>""");
        write(dir, "viz.xsd", viz);
        return schema(write(dir, "gexf.xsd", gexf));
    }

    public static Schema yedGraphMl(Path dir) {
        write(dir, "graphml.xsd", resource("graphml.xsd"));
        write(dir, "xlink.xsd", resource("xlink.xsd"));
        return schema(write(dir, "ygraphml.xsd", """
                <?xml version="1.0" encoding="UTF-8"?>
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="http://graphml.graphdrawing.org/xmlns"
                    xmlns="http://graphml.graphdrawing.org/xmlns" elementFormDefault="qualified" attributeFormDefault="unqualified">
                  <xs:redefine schemaLocation="graphml.xsd">
                    <xs:complexType name="data-extension.type" mixed="true">
                      <xs:complexContent>
                        <xs:extension base="data-extension.type">
                          <xs:sequence>
                            <xs:any namespace="##other" processContents="lax" minOccurs="0" maxOccurs="unbounded"/>
                          </xs:sequence>
                        </xs:extension>
                      </xs:complexContent>
                    </xs:complexType>
                    <xs:attributeGroup name="key.extra.attrib">
                      <xs:attributeGroup ref="key.extra.attrib"/>
                      <xs:attribute name="yfiles.type" type="xs:NMTOKEN"/>
                    </xs:attributeGroup>
                  </xs:redefine>
                </xs:schema>
                """));
    }

    public static void validate(Schema schema, String xml) {
        try {
            schema.newValidator().validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            throw new AssertionError("not valid: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema schema(Path xsd) {
        try {
            return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd.toFile());
        } catch (SAXException e) {
            throw new IllegalStateException(xsd + ": " + e.getMessage(), e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = Schemas.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(Path dir, String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
