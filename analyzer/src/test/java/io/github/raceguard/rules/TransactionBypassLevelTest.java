package io.github.raceguard.rules;

import io.github.raceguard.report.Finding;
import io.github.raceguard.report.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A bypassed @Transactional that makes no writes is a note; one that writes is a warning. */
class TransactionBypassLevelTest {

    @TempDir
    Path dir;

    @Test
    void aBypassedReadOnlyTransactionIsANote() throws Exception {
        List<Finding> findings = InlineSources.assertMarked(dir, "transaction-bypass", Map.of(
                "src/main/java/t/Item.java", """
                        package t;
                        @jakarta.persistence.Entity
                        public class Item { @jakarta.persistence.Id Long id; String name; public void setName(String n) { name = n; } }
                        """,
                "src/main/java/t/ItemRepository.java", """
                        package t;
                        public interface ItemRepository extends org.springframework.data.jpa.repository.JpaRepository<Item, Long> { }
                        """,
                "src/main/java/t/ItemService.java", """
                        package t;
                        import org.springframework.stereotype.Service;
                        import org.springframework.transaction.annotation.Transactional;
                        @Service
                        public class ItemService {
                            private final ItemRepository items;
                            public ItemService(ItemRepository items) { this.items = items; }
                            @Transactional(readOnly = true) public Item find(Long id) { return items.findById(id).orElseThrow(); }
                            @Transactional public Item create(String name) { Item i = new Item(); i.setName(name); return items.save(i); }
                            public Item show(Long id) {
                                return find(id); // expect: transaction-bypass
                            }
                            public Item add(String name) {
                                return create(name); // expect: transaction-bypass
                            }
                        }
                        """));
        assertEquals(2, findings.size());
        Finding read = findings.stream().filter(f -> f.primary().line() == 11).findFirst().orElseThrow();
        Finding write = findings.stream().filter(f -> f.primary().line() == 14).findFirst().orElseThrow();
        assertEquals(Level.NOTE, read.level());
        assertTrue(read.plainMessage().contains("makes no data-layer writes"), read.plainMessage());
        assertEquals(Level.WARNING, write.level());
    }

    @Test
    void joiningAnIncompatibleTransactionWithoutWritesIsANote() throws Exception {
        List<Finding> findings = InlineSources.assertMarked(dir, "transaction-bypass", Map.of(
                "src/main/java/t/VisitService.java", """
                        package t;
                        import org.springframework.stereotype.Service;
                        import org.springframework.transaction.annotation.Transactional;
                        @Service
                        @Transactional
                        public class VisitService {
                            private Object dao;
                            public Object getDao() { return dao; }
                            @Transactional(readOnly = true)
                            public String getVisitTypes() {
                                return String.valueOf(getDao()); // expect: transaction-bypass
                            }
                        }
                        """));
        assertEquals(Level.NOTE, findings.get(0).level(), findings.get(0).plainMessage());
    }
}
