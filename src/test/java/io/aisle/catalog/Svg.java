package io.aisle.catalog;

import java.io.ByteArrayInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

/** Reads a product picture as XML, which proves it is well formed, and returns its accessible label. */
public final class Svg {

    private Svg() {
    }

    public static String label(byte[] svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg)).getDocumentElement().getAttribute("aria-label");
    }
}
