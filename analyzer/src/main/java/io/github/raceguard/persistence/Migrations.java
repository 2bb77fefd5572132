package io.github.raceguard.persistence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unique constraints and unique indexes the project's schema migrations declare — Flyway
 * scripts, Liquibase changelogs (XML, YAML and formatted SQL) and {@code schema.sql} — by table,
 * in the order the scripts apply them (a later {@code DROP} removes a key again). Read from the
 * {@link io.github.raceguard.source.ResourceFiles resource files} found next to the sources,
 * leaving out test resources and Flyway undo scripts; read once, on first use, so an analysis
 * that never asks pays nothing.
 */
public final class Migrations {

    private static final Pattern FLYWAY_VERSIONED = Pattern.compile("^V([\\d._]+)__.*\\.sql$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FLYWAY_UNDO = Pattern.compile("^U[\\d._]+__.*\\.sql$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FLYWAY_REPEATABLE = Pattern.compile("^R__.*\\.sql$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> EXTENSIONS = Set.of(".sql", ".xml", ".yaml", ".yml", ".json");

    private final List<Path> candidates;
    private volatile Map<String, List<UniqueKey>> byTable;
    private volatile List<Path> files;

    /** @param resources resource files of the project (other kinds than migrations are ignored) */
    public Migrations(List<Path> resources) {
        this.candidates = List.copyOf(resources);
    }

    /** The keys declared for {@code table} (any spelling: quoted, qualified, snake_case or not). */
    public List<UniqueKey> keys(String table) {
        return load().getOrDefault(SchemaNames.key(table), List.of());
    }

    /** The scripts and changelogs that were read, in the order they were applied. */
    public List<Path> files() {
        load();
        return files;
    }

    private Map<String, List<UniqueKey>> load() {
        Map<String, List<UniqueKey>> loaded = byTable;
        if (loaded == null) {
            synchronized (this) {
                loaded = byTable;
                if (loaded == null) {
                    List<Path> found = ordered(candidates.stream().filter(Migrations::isCandidate).toList());
                    Schema schema = new Schema();
                    for (Path file : found) {
                        schema.read(file);
                    }
                    files = List.copyOf(found);
                    byTable = loaded = schema.keys();
                }
            }
        }
        return loaded;
    }

    private static boolean isCandidate(Path file) {
        String path = file.toString().replace('\\', '/');
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(lower::endsWith) && !path.contains("/src/test/") && !FLYWAY_UNDO.matcher(name).matches();
    }

    /** Plain scripts and changelogs first, then Flyway's versioned scripts by version, then its repeatable ones. */
    private static List<Path> ordered(List<Path> files) {
        List<Path> plain = new ArrayList<>();
        List<Path> versioned = new ArrayList<>();
        List<Path> repeatable = new ArrayList<>();
        for (Path file : new TreeSet<>(files)) {
            String name = file.getFileName().toString();
            if (FLYWAY_VERSIONED.matcher(name).matches()) {
                versioned.add(file);
            } else if (FLYWAY_REPEATABLE.matcher(name).matches()) {
                repeatable.add(file);
            } else {
                plain.add(file);
            }
        }
        versioned.sort(Comparator.comparing(Migrations::flywayVersion, Migrations::compareVersions).thenComparing(Path::toString));
        List<Path> all = new ArrayList<>(plain);
        all.addAll(versioned);
        all.addAll(repeatable);
        return all;
    }

    private static long[] flywayVersion(Path file) {
        Matcher m = FLYWAY_VERSIONED.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return new long[0];
        }
        return Arrays.stream(m.group(1).split("[._]")).filter(s -> !s.isEmpty())
                .mapToLong(s -> s.length() > 18 ? Long.MAX_VALUE : Long.parseLong(s)).toArray();
    }

    private static int compareVersions(long[] a, long[] b) {
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            long x = i < a.length ? a[i] : 0;
            long y = i < b.length ? b[i] : 0;
            if (x != y) {
                return Long.compare(x, y);
            }
        }
        return 0;
    }

    // ---- reading --------------------------------------------------------------------------------

    /** The schema as the scripts build it up, in order: keys added, and removed again by drops. */
    private static final class Schema implements SqlDdl.Listener {

        private record Entry(Set<String> columns, String name, String description) {
        }

        private final Map<String, List<Entry>> tables = new LinkedHashMap<>();
        private String source = "";

        void read(Path file) {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                try {
                    text = Files.readString(file, StandardCharsets.ISO_8859_1);
                } catch (IOException | RuntimeException again) {
                    return;
                }
            }
            source = file.getFileName().toString();
            String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
            try {
                if (lower.endsWith(".sql")) {
                    SqlDdl.read(text, this);
                } else if (text.contains("databaseChangeLog")) {
                    if (lower.endsWith(".xml")) {
                        readXml(file);
                    } else {
                        ObjectMapper mapper = lower.endsWith(".json") ? new ObjectMapper() : new ObjectMapper(new YAMLFactory());
                        walkYaml(mapper.readTree(text));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // a changelog we cannot read contributes nothing
            }
        }

        Map<String, List<UniqueKey>> keys() {
            Map<String, List<UniqueKey>> keys = new LinkedHashMap<>();
            tables.forEach((table, entries) -> {
                if (!entries.isEmpty()) {
                    keys.put(table, entries.stream().map(e -> new UniqueKey(e.columns(), e.description())).toList());
                }
            });
            return Map.copyOf(keys);
        }

        @Override
        public void unique(String table, List<String> columns, String name, int line) {
            add(table, columns, name, (name == null ? "unique constraint" : "unique constraint " + unquote(name))
                    + " on " + unquote(table) + "(" + String.join(", ", columns.stream().map(Schema::unquote).toList()) + ") ("
                    + source + (line > 0 ? ":" + line : "") + ")");
        }

        private void add(String table, List<String> columns, String name, String description) {
            Set<String> keys = new LinkedHashSet<>();
            for (String column : columns) {
                keys.add(SchemaNames.key(column));
            }
            keys.remove("");
            if (!keys.isEmpty()) {
                tables.computeIfAbsent(SchemaNames.key(table), t -> new ArrayList<>())
                        .add(new Entry(keys, name == null ? null : SchemaNames.key(name), description));
            }
        }

        @Override
        public void dropConstraint(String table, String name) {
            String key = SchemaNames.key(name);
            for (Map.Entry<String, List<Entry>> entries : tables.entrySet()) {
                if (table == null || entries.getKey().equals(SchemaNames.key(table))) {
                    entries.getValue().removeIf(e -> key.equals(e.name()));
                }
            }
        }

        @Override
        public void dropColumn(String table, String column) {
            String key = SchemaNames.key(column);
            tables.getOrDefault(SchemaNames.key(table), new ArrayList<>()).removeIf(e -> e.columns().contains(key));
        }

        @Override
        public void dropTable(String table) {
            tables.remove(SchemaNames.key(table));
        }

        private static String unquote(String name) {
            return name.replaceAll("[\"`\\[\\]]", "");
        }

        // ---- Liquibase ----------------------------------------------------------------------------

        private static final Set<String> CHANGES = Set.of("createTable", "addColumn", "addUniqueConstraint", "addPrimaryKey",
                "createIndex", "sql", "dropUniqueConstraint", "dropIndex", "dropTable", "dropColumn", "dropPrimaryKey");

        private void readXml(Path file) throws IOException {
            Document document;
            try (InputStream in = Files.newInputStream(file)) {
                document = xmlParser().parse(in);
            } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
                return;
            }
            NodeList all = document.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element element = (Element) all.item(i);
                String name = localName(element);
                if (CHANGES.contains(name) && !insideRollback(element)) {
                    change(name, toNode(element), changeSetOf(element));
                }
            }
        }

        private static DocumentBuilder xmlParser() throws javax.xml.parsers.ParserConfigurationException {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder();
        }

        private static String localName(Node node) {
            return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
        }

        private static boolean insideRollback(Element element) {
            for (Node n = element.getParentNode(); n != null; n = n.getParentNode()) {
                if (n.getNodeType() == Node.ELEMENT_NODE && localName(n).equals("rollback")) {
                    return true;
                }
            }
            return false;
        }

        private static String changeSetOf(Element element) {
            for (Node n = element.getParentNode(); n != null; n = n.getParentNode()) {
                if (n instanceof Element e && localName(e).equals("changeSet")) {
                    return e.getAttribute("id");
                }
            }
            return "";
        }

        /** An XML change in the shape of its YAML form: attributes, {@code columns: [{column: ..}]}, {@code constraints}, {@code sql}. */
        private static ObjectNode toNode(Element element) {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Node attribute = attributes.item(i);
                node.put(localName(attribute), attribute.getNodeValue());
            }
            NodeList children = element.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                if (children.item(i) instanceof Element child) {
                    switch (localName(child)) {
                        case "column" -> node.withArray("columns").addObject().set("column", toNode(child));
                        case "constraints" -> node.set("constraints", toNode(child));
                        default -> { }
                    }
                }
            }
            if (localName(element).equals("sql")) {
                node.put("sql", element.getTextContent());
            }
            return node;
        }

        private void walkYaml(JsonNode node) {
            if (node == null) {
                return;
            }
            if (node.isObject()) {
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    String name = field.getKey();
                    if (name.equals("rollback")) {
                        continue;
                    }
                    if (CHANGES.contains(name) && (field.getValue().isObject() || name.equals("sql") && field.getValue().isTextual())) {
                        change(name, field.getValue(), node.path("id").asText(""));
                    } else {
                        if (name.equals("changeSet")) {
                            walkChangeSet(field.getValue());
                        } else {
                            walkYaml(field.getValue());
                        }
                    }
                }
            } else if (node.isArray()) {
                for (JsonNode element : node) {
                    walkYaml(element);
                }
            }
        }

        private void walkChangeSet(JsonNode changeSet) {
            String id = changeSet.path("id").asText("");
            for (JsonNode entry : changeSet.path("changes")) {
                for (Map.Entry<String, JsonNode> change : entry.properties()) {
                    if (CHANGES.contains(change.getKey())) {
                        change(change.getKey(), change.getValue(), id);
                    }
                }
            }
        }

        private void change(String type, JsonNode change, String changeSet) {
            String where = source + (changeSet.isEmpty() ? "" : ", changeSet " + changeSet);
            String table = change.path("tableName").asText(null);
            switch (type) {
                case "createTable", "addColumn" -> {
                    List<String> primaryKey = new ArrayList<>();
                    for (JsonNode entry : change.path("columns")) {
                        JsonNode column = entry.has("column") ? entry.get("column") : entry;
                        String name = column.path("name").asText(null);
                        JsonNode constraints = column.path("constraints");
                        if (name == null) {
                            continue;
                        }
                        if (isTrue(constraints.path("unique"))) {
                            String constraint = constraints.path("uniqueConstraintName").asText(null);
                            add(table, List.of(name), constraint, "unique column " + table + "." + name + " (" + type + ", " + where + ")");
                        }
                        if (isTrue(constraints.path("primaryKey"))) {
                            primaryKey.add(name);
                        }
                    }
                    if (!primaryKey.isEmpty()) {
                        add(table, primaryKey, "primary key", "primary key of " + table + " (" + type + ", " + where + ")");
                    }
                }
                case "addUniqueConstraint", "addPrimaryKey" -> {
                    String name = change.path("constraintName").asText(null);
                    List<String> columns = Arrays.stream(change.path("columnNames").asText("").split(",")).map(String::strip).toList();
                    add(table, columns, type.equals("addPrimaryKey") ? "primary key" : name,
                            type + (name == null ? "" : " " + name) + " on " + table + "(" + String.join(", ", columns) + ") (" + where + ")");
                }
                case "createIndex" -> {
                    if (isTrue(change.path("unique"))) {
                        List<String> columns = new ArrayList<>();
                        for (JsonNode entry : change.path("columns")) {
                            JsonNode column = entry.has("column") ? entry.get("column") : entry;
                            columns.addAll(SqlDdl.columns(column.path("name").asText("")));
                        }
                        String name = change.path("indexName").asText(null);
                        add(table, columns, name, "unique index" + (name == null ? "" : " " + name) + " on " + table
                                + "(" + String.join(", ", columns) + ") (" + where + ")");
                    }
                }
                case "sql" -> {
                    String previous = source;
                    source = where;
                    SqlDdl.read(change.isTextual() ? change.asText() : change.path("sql").asText(""), this);
                    source = previous;
                }
                case "dropUniqueConstraint" -> dropConstraint(table, change.path("constraintName").asText(""));
                case "dropIndex" -> dropConstraint(table, change.path("indexName").asText(""));
                case "dropPrimaryKey" -> dropConstraint(table, "primary key");
                case "dropTable" -> dropTable(table == null ? "" : table);
                case "dropColumn" -> {
                    if (change.has("columnName")) {
                        dropColumn(table, change.path("columnName").asText(""));
                    }
                    for (JsonNode entry : change.path("columns")) {
                        JsonNode column = entry.has("column") ? entry.get("column") : entry;
                        dropColumn(table, column.path("name").asText(""));
                    }
                }
                default -> { }
            }
        }

        private static boolean isTrue(JsonNode value) {
            return value.isBoolean() ? value.booleanValue() : value.asText("").equalsIgnoreCase("true");
        }
    }
}
