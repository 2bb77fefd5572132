package io.github.raceguard.persistence;

import io.github.raceguard.model.ModelFixtures;
import io.github.raceguard.model.ProjectModel;
import io.github.raceguard.persistence.EntityMethods.Effect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Lombok-generated members decide what a call does to an entity, like written ones (issue 12). */
class EntityMethodsTest {

    @TempDir
    Path dir;

    private EntityMethods methods(String... sources) throws Exception {
        Map<String, String> files = new java.util.HashMap<>();
        for (String source : sources) {
            String name = source.replaceAll("(?s).*?(class|interface) (\\w+).*", "$2");
            files.put("a/" + name + ".java", source);
        }
        ProjectModel model = ModelFixtures.model(dir, files);
        return model.entityMethods();
    }

    @Test
    void dataGeneratesSettersForNonFinalFieldsOnly() throws Exception {
        EntityMethods m = methods("""
                package a;
                import lombok.*;
                @Data public class Item {
                    private final Long id;
                    private int stock;
                    private static int instances;
                    @Setter(AccessLevel.NONE) private String code;
                    private boolean active;
                }
                """);
        assertEquals(Effect.MUTATES, m.effect("a.Item", "setStock", 1));
        assertEquals(Effect.MUTATES, m.effect("a.Item", "setActive", 1));
        assertEquals(Effect.NONE, m.effect("a.Item", "isActive", 0));
        assertEquals(Effect.NONE, m.effect("a.Item", "setId", 1), "final field: no setter");
        assertEquals(Effect.NONE, m.effect("a.Item", "setInstances", 1), "static field: no setter");
        assertEquals(Effect.NONE, m.effect("a.Item", "setCode", 1), "AccessLevel.NONE: no setter");
        assertEquals(Effect.NONE, m.effect("a.Item", "getStock", 0));
    }

    @Test
    void valueIsImmutableAndWithMakesCopies() throws Exception {
        EntityMethods m = methods("""
                package a;
                @lombok.Value @lombok.With @lombok.Builder(toBuilder = true)
                public class Quote { String id; long amount; }
                """);
        assertEquals(Effect.NONE, m.effect("a.Quote", "setAmount", 1));
        assertEquals(Effect.COPY_WITH_CHANGE, m.effect("a.Quote", "withAmount", 1));
        assertEquals(Effect.COPY_TO_BUILDER, m.effect("a.Quote", "toBuilder", 0));
    }

    @Test
    void fieldLevelAnnotationsChainedAndFluentAccessors() throws Exception {
        EntityMethods m = methods("""
                package a;
                import lombok.Getter;
                import lombok.Setter;
                import lombok.experimental.Accessors;
                @Getter public class Counter {
                    @Setter private long hits;
                    private long misses;
                    @Setter @Accessors(fluent = true) private long views;
                    @Setter @Accessors(chain = true) private boolean isOpen;
                }
                """);
        assertEquals(Effect.MUTATES, m.effect("a.Counter", "setHits", 1));
        assertEquals(Effect.NONE, m.effect("a.Counter", "setMisses", 1), "no @Setter on that field or the class");
        assertEquals(Effect.MUTATES_RETURNS_SELF, m.effect("a.Counter", "views", 1));
        assertEquals(Effect.NONE, m.effect("a.Counter", "views", 0));
        assertEquals(Effect.MUTATES_RETURNS_SELF, m.effect("a.Counter", "setOpen", 1), "boolean isOpen: setOpen");
        assertEquals(Effect.NONE, m.effect("a.Counter", "toBuilder", 0), "no @Builder(toBuilder = true)");
    }

    @Test
    void settersOfALombokMappedSuperclassAndWrittenMethodsCallingThem() throws Exception {
        EntityMethods m = methods("""
                package a;
                @lombok.Getter @lombok.Setter @jakarta.persistence.MappedSuperclass
                public abstract class Base { private int revision; }
                """, """
                package a;
                @jakarta.persistence.Entity public class Doc extends Base {
                    public void bump() { setRevision(getRevision() + 1); }
                    public int preview() { return getRevision() + 1; }
                }
                """);
        assertEquals(Effect.MUTATES, m.effect("a.Doc", "setRevision", 1));
        assertEquals(Effect.MUTATES, m.effect("a.Doc", "bump", 0));
        assertEquals(Effect.NONE, m.effect("a.Doc", "preview", 0));
    }

    @Test
    void aWrittenMethodWinsOverTheLombokName() throws Exception {
        EntityMethods m = methods("""
                package a;
                @lombok.Data public class Card {
                    private long balance;
                    public Card setBalance(long ignored) { return this; }
                }
                """);
        assertEquals(Effect.NONE, m.effect("a.Card", "setBalance", 1), "the written setter changes nothing");
    }
}
