package co.pump.icm.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** A rendered report parsed as XML (it is well-formed XHTML), for asserting on its sections. */
final class ReportXml {

    private final Document document;

    private ReportXml(Document document) {
        this.document = document;
    }

    static ReportXml parse(String html) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return new ReportXml(builder.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new AssertionError("The report is not well-formed: " + e.getMessage(), e);
        }
    }

    /** The text of the first node the XPath selects, or null. */
    String text(String xpath) {
        Node node = node(xpath);
        return node == null ? null : node.getTextContent();
    }

    Node node(String xpath) {
        try {
            return (Node) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODE);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    int count(String xpath) {
        try {
            return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET))
                    .getLength();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The text of the section with this id, or null when there is none. */
    String section(String id) {
        return text("//section[@id='" + id + "']");
    }
}
