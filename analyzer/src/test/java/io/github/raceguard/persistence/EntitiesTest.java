package io.github.raceguard.persistence;

import io.github.raceguard.model.ModelFixtures;


import io.github.raceguard.model.ProjectModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntitiesTest {

    @TempDir
    Path dir;

    @Test
    void versionDeclaredOnTheEntity() throws Exception {
        ProjectModel model = ModelFixtures.model(dir, Map.of("a/Item.java", """
                package a;
                import jakarta.persistence.*;
                @Entity class Item { @Id Long id; @Version long version; }
                """));
        EntityInfo item = model.entities().find("a.Item");
        assertTrue(item.hasVersion());
        assertTrue(item.jpa());
    }

    @Test
    void versionInheritedThroughMappedSuperclassesInOtherPackages() throws Exception {
        ProjectModel model = ModelFixtures.model(dir, Map.of(
                "base/Versioned.java", """
                        package base;
                        import javax.persistence.MappedSuperclass;
                        import javax.persistence.Version;
                        @MappedSuperclass public abstract class Versioned { @Version protected Long version; }
                        """,
                "base/Audited.java", """
                        package base;
                        @jakarta.persistence.MappedSuperclass public abstract class Audited extends Versioned { }
                        """,
                "shop/Order.java", """
                        package shop;
                        import base.Audited;
                        @jakarta.persistence.Entity public class Order extends Audited { }
                        """));
        assertTrue(model.entities().find("shop.Order").hasVersion());
    }

    @Test
    void springDataVersionCountsAndAnUnrelatedVersionAnnotationDoesNot() throws Exception {
        ProjectModel model = ModelFixtures.model(dir, Map.of(
                "d/Doc.java", """
                        package d;
                        import org.springframework.data.annotation.Version;
                        class Doc { @Version Long version; }
                        """,
                "d/Plain.java", """
                        package d;
                        import com.acme.meta.Version;
                        @jakarta.persistence.Entity class Plain { @Version String version; }
                        """));
        assertTrue(model.entities().find("d.Doc").hasVersion());
        assertFalse(model.entities().find("d.Plain").hasVersion());
    }

    @Test
    void noVersionAnywhereInTheHierarchy() throws Exception {
        ProjectModel model = ModelFixtures.model(dir, Map.of(
                "e/Base.java", "package e; @jakarta.persistence.MappedSuperclass abstract class Base { @jakarta.persistence.Id Long id; }",
                "e/Thing.java", "package e; @jakarta.persistence.Entity class Thing extends Base { int count; }"));
        assertFalse(model.entities().find("e.Thing").hasVersion());
    }
}
