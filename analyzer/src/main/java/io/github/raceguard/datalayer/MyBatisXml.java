package io.github.raceguard.datalayer;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The statements of MyBatis XML mapper files ({@code <mapper namespace="com.acme.OrderMapper">}
 * with {@code <select id=..>}, {@code <update id=..>}), by mapper interface and method name, so a
 * mapper method's SQL is known when it is not in an annotation. {@code <include refid>} fragments
 * are expanded; dynamic tags ({@code <if>}) keep their text, {@code <set>} / {@code <where>} /
 * {@code <trim prefix>} also their keyword.
 */
public final class MyBatisXml {

    /** One mapped statement: its element name (select, update, insert, delete) and SQL text. */
    public record Statement(String kind, String sql) {
    }

    private final Map<String, Statement> statements = new HashMap<>();
    private final java.util.Set<String> namespaces = new java.util.HashSet<>();

    public MyBatisXml(List<Path> resources) {
        for (Path file : resources) {
            if (file.getFileName().toString().endsWith(".xml")) {
                read(file);
            }
        }
    }

    public Optional<Statement> statement(String mapper, String method) {
        return Optional.ofNullable(statements.get(mapper + "#" + method));
    }

    /** True when an XML mapper file declares this namespace (the mapper interface's qualified name). */
    public boolean hasNamespace(String mapper) {
        return namespaces.contains(mapper);
    }

    private void read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            Document document = builder().parse(in);
            Element root = document.getDocumentElement();
            if (!"mapper".equals(root.getTagName()) || root.getAttribute("namespace").isEmpty()) {
                return;
            }
            String namespace = root.getAttribute("namespace");
            namespaces.add(namespace);
            Map<String, Element> fragments = new HashMap<>();
            NodeList sqls = root.getElementsByTagName("sql");
            for (int i = 0; i < sqls.getLength(); i++) {
                Element fragment = (Element) sqls.item(i);
                fragments.put(fragment.getAttribute("id"), fragment);
            }
            for (String kind : List.of("select", "update", "insert", "delete")) {
                NodeList elements = root.getElementsByTagName(kind);
                for (int i = 0; i < elements.getLength(); i++) {
                    Element element = (Element) elements.item(i);
                    String sql = text(element, fragments, 0).replaceAll("\\s+", " ").trim();
                    statements.put(namespace + "#" + element.getAttribute("id"), new Statement(kind, sql));
                }
            }
        } catch (Exception | StackOverflowError e) {
            // not a MyBatis mapper, or not well-formed: no statements from it
        }
    }

    private static String text(Node node, Map<String, Element> fragments, int depth) {
        StringBuilder out = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(child.getNodeValue());
            } else if (child instanceof Element element) {
                if (element.getTagName().equals("include") && depth < 5) {
                    Element fragment = fragments.get(element.getAttribute("refid"));
                    if (fragment != null) {
                        out.append(' ').append(text(fragment, fragments, depth + 1)).append(' ');
                    }
                } else {
                    // dynamic <set> / <where> / <trim prefix=".."> stand for their keyword
                    String keyword = switch (element.getTagName()) {
                        case "set", "where" -> element.getTagName();
                        case "trim" -> element.getAttribute("prefix");
                        default -> "";
                    };
                    out.append(' ').append(keyword).append(' ').append(text(element, fragments, depth + 1)).append(' ');
                }
            }
        }
        return out.toString();
    }

    /** No DTD download (mapper files name mybatis.org's), no external entities. */
    private static DocumentBuilder builder() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setValidating(false);
        factory.setExpandEntityReferences(false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder;
    }
}
