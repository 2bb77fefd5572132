package io.github.raceguard.flow;

import io.github.raceguard.model.ModelFixtures;


import io.github.raceguard.model.ProjectModel;
import io.github.raceguard.persistence.UniqueConstraints;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExistenceChecksTest {

    @TempDir
    Path dir;

    private ProjectModel model;

    private static final String USER = """
            package app;
            import jakarta.persistence.*;
            @Entity class User {
                @Id Long id;
                String email;
                @Column(unique = true) String username;
                User() { }
                User(String email) { this.email = email; }
                void setEmail(String email) { this.email = email; }
            }
            """;

    private static final String AUDIT = """
            package app;
            @jakarta.persistence.Entity class AuditEntry { @jakarta.persistence.Id Long id; AuditEntry(String what) { } }
            """;

    private static final String HANDLE = """
            package app;
            import org.springframework.data.annotation.Id;
            @org.springframework.data.relational.core.mapping.Table("handle")
            record Handle(@Id Long id, String name) { }
            """;

    private static final String REPOSITORIES = """
            package app;
            import java.util.Optional;
            import org.springframework.data.jpa.repository.JpaRepository;
            import org.springframework.data.jpa.repository.Query;
            interface UserRepository extends JpaRepository<User, Long> {
                boolean existsByEmail(String email);
                boolean existsByEmailOrUsername(String email, String username);
                long countByEmail(String email);
                Optional<User> findByEmail(String email);
                @Query("select case when count(u) > 0 then true else false end from User u where u.email = :email")
                boolean emailRegistered(String email);
            }
            interface AuditRepository extends JpaRepository<AuditEntry, Long> { }
            interface HandleRepository extends org.springframework.data.repository.CrudRepository<Handle, Long> {
                boolean existsByName(String name);
                Optional<Handle> findById(Long id);
            }
            """;

    private static final String SERVICE = """
            package app;
            import org.springframework.util.Assert;
            class UserService {
                private final UserRepository users;
                private final AuditRepository audit;
                private final HandleRepository handles;
                UserService(UserRepository users, AuditRepository audit, HandleRepository handles) {
                    this.users = users; this.audit = audit; this.handles = handles;
                }
                public void rename(Long id, String name) {
                    if (handles.existsByName(name)) { throw new IllegalStateException(); }
                    Handle current = handles.findById(id).orElseThrow();
                    handles.save(new Handle(current.id(), name));
                }
                public void claim(String name) {
                    if (handles.existsByName(name)) { throw new IllegalStateException(); }
                    handles.save(new Handle(null, name));
                }

                public void mustExist(String email) {
                    if (!users.existsByEmail(email)) { throw new IllegalStateException(); }
                    users.save(new User(email));
                }
                public void limit(String email) {
                    if (users.countByEmail(email) > 1) { throw new IllegalStateException(); }
                    users.save(new User(email));
                }
                public void countZero(String email) {
                    if (users.countByEmail(email) == 0) { users.save(new User(email)); }
                }
                public void customQuery(String email) {
                    if (users.emailRegistered(email)) { return; }
                    users.save(new User(email));
                }
                public void eitherTaken(String email, String username) {
                    if (users.existsByEmailOrUsername(email, username)) { throw new IllegalStateException(); }
                    users.save(new User(email));
                }
                public void asserted(String email) {
                    Assert.isTrue(!users.existsByEmail(email), "taken");
                    users.save(new User(email));
                }
                public void otherEntity(String email) {
                    if (users.existsByEmail(email)) { return; }
                    audit.save(new AuditEntry(email));
                }
                public void updateOfLookedUp(String email, String newEmail) {
                    if (users.existsByEmail(newEmail)) { throw new IllegalStateException(); }
                    User user = users.findByEmail(email).orElseThrow();
                    user.setEmail(newEmail);
                    users.save(user);
                }
                public void unguarded(String email) {
                    boolean known = users.existsByEmail(email);
                    users.save(new User(email));
                }
                public void skipKnown(java.util.List<String> emails) {
                    for (String email : emails) {
                        if (users.findByEmail(email).isPresent()) { continue; }
                        users.save(new User(email));
                    }
                }
                public void eitherWay(String email) {
                    if (users.existsByEmail(email)) {
                        users.save(new User("again " + email));
                    } else {
                        users.save(new User(email));
                    }
                }
                public User getOrCreate(String email) {
                    User user = users.findByEmail(email).orElse(null);
                    if (user == null) {
                        user = new User(email);
                        users.save(user);
                    }
                    return user;
                }
            }
            """;

    @BeforeEach
    void build() throws Exception {
        model = ModelFixtures.model(dir, Map.of("app/User.java", USER, "app/AuditEntry.java", AUDIT,
                "app/Repositories.java", REPOSITORIES, "app/UserService.java", SERVICE, "app/Handle.java", HANDLE));
    }

    private List<ExistenceChecks.CheckThenInsert> flows(String method) {
        TypeDeclaration<?> service = model.types().sourceType("app.UserService").orElseThrow();
        MethodDeclaration declaration = service.getMethodsByName(method).get(0);
        return model.existenceChecks().flows(declaration);
    }

    private void assertUnprotectedFlow(String method, String columns) {
        List<ExistenceChecks.CheckThenInsert> flows = flows(method);
        assertEquals(1, flows.size(), method + ": " + flows);
        assertNull(flows.get(0).protection(), method);
        assertEquals(columns, String.join(",", flows.get(0).columns().stream().map(UniqueConstraints.Column::path).toList()), method);
    }

    @Test
    void absentAnswersThatDecideAnInsert() {
        assertUnprotectedFlow("countZero", "email");
        assertUnprotectedFlow("customQuery", "email");
        assertUnprotectedFlow("asserted", "email");
        assertUnprotectedFlow("skipKnown", "email");
        assertUnprotectedFlow("getOrCreate", "email");
        assertUnprotectedFlow("claim", "name");
    }

    @Test
    void anOrCheckIsReportedOnTheBranchWithoutAConstraint() {
        assertUnprotectedFlow("eitherTaken", "email");
    }

    @Test
    void notACheckThenInsert() {
        assertTrue(flows("mustExist").isEmpty(), "the insert runs when the row exists");
        assertTrue(flows("limit").isEmpty(), "a limit, not an existence check");
        assertTrue(flows("otherEntity").isEmpty(), "the insert is of another entity");
        assertTrue(flows("updateOfLookedUp").isEmpty(), "the saved entity was looked up, not created");
        assertTrue(flows("unguarded").isEmpty(), "the answer does not decide the insert");
        assertTrue(flows("rename").isEmpty(), "a copy that keeps the looked-up id is an update");
        assertTrue(flows("eitherWay").isEmpty(), "a row is inserted either way: the check chooses what, not whether " + flows("eitherWay"));
    }
}
