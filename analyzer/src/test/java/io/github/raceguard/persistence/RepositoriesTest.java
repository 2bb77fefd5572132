package io.github.raceguard.persistence;

import io.github.raceguard.model.ModelFixtures;


import io.github.raceguard.model.ProjectModel;
import io.github.raceguard.datalayer.SqlUpdates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RepositoriesTest {

    @TempDir
    Path dir;

    @Test
    void entityTypeThroughAGenericBaseRepository() throws Exception {
        ProjectModel model = ModelFixtures.model(dir, Map.of(
                "r/BaseRepository.java", """
                        package r;
                        import org.springframework.data.jpa.repository.JpaRepository;
                        import org.springframework.data.repository.NoRepositoryBean;
                        @NoRepositoryBean
                        public interface BaseRepository<T, ID> extends JpaRepository<T, ID> { }
                        """,
                "r/Middle.java", """
                        package r;
                        public interface Middle<E> extends BaseRepository<E, Long> { }
                        """,
                "r/Account.java", "package r; @jakarta.persistence.Entity public class Account { }",
                "r/AccountRepository.java", """
                        package r;
                        import jakarta.persistence.LockModeType;
                        import org.springframework.data.jpa.repository.*;
                        import java.util.Optional;
                        public interface AccountRepository extends Middle<Account> {
                            @Lock(LockModeType.PESSIMISTIC_WRITE)
                            @Query("select a from Account a where a.id = :id")
                            Optional<Account> findLocked(Long id);
                            @Modifying
                            @Query(\"\"\"
                                update Account a
                                   set a.balance = a.balance + :delta
                                 where a.id = :id
                                \"\"\")
                            int credit(Long id, long delta);
                        }
                        """));
        RepositoryInfo repository = model.repositories().find("r.AccountRepository").orElseThrow();
        assertEquals("r.Account", repository.entity().name());
        RepositoryMethod locked = repository.method("findLocked").orElseThrow();
        assertTrue(locked.locksPessimistically());
        RepositoryMethod credit = repository.method("credit").orElseThrow();
        assertTrue(credit.modifying());
        assertTrue(credit.isBulkUpdate());
        assertTrue(SqlUpdates.isAtomic(credit.query()));
    }

    @Test
    void plainInterfacesAndClassesAreNoRepositories() throws Exception {
        ProjectModel model = ModelFixtures.model(dir, Map.of(
                "x/Gateway.java", "package x; public interface Gateway extends java.io.Serializable { }",
                "x/Service.java", "package x; public class Service { }"));
        assertFalse(model.repositories().find("x.Gateway").isPresent());
        assertFalse(model.repositories().find("x.Service").isPresent());
    }

    @Test
    void crudRepositoryWithNativeForUpdateQuery() throws Exception {
        ProjectModel model = ModelFixtures.model(dir, Map.of(
                "y/Seat.java", "package y; @jakarta.persistence.Entity class Seat { }",
                "y/SeatRepository.java", """
                        package y;
                        import org.springframework.data.repository.CrudRepository;
                        import org.springframework.data.jpa.repository.Query;
                        interface SeatRepository extends CrudRepository<Seat, Long> {
                            @Query(value = "SELECT * FROM seat WHERE id = :id " + "FOR UPDATE", nativeQuery = true)
                            Seat lockById(long id);
                        }
                        """));
        RepositoryInfo repository = model.repositories().find("y.SeatRepository").orElseThrow();
        assertEquals("y.Seat", repository.entity().name());
        assertTrue(repository.method("lockById").orElseThrow().locksPessimistically());
    }

    @Test
    void atomicAndComputedUpdates() {
        assertTrue(SqlUpdates.isAtomic("update Product p set p.stock = p.stock - :qty where p.id = :id"));
        assertTrue(SqlUpdates.isAtomic("UPDATE product SET stock = ? WHERE id = ? AND stock = ?"));
        assertTrue(SqlUpdates.isAtomic("update Product p set p.stock = :s, p.version = p.version + 1 where p.id = :id and p.version = :v"));
        assertFalse(SqlUpdates.isAtomic("update Product p set p.stock = :stock where p.id = :id"));
        assertFalse(SqlUpdates.isAtomic("update Product p set p.stock = :stock, p.name = :name where p.id = :id"));
    }
}
