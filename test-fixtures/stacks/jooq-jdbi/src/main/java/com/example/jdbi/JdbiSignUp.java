package com.example.jdbi;

import org.jdbi.v3.core.Jdbi;

/** Check-then-insert through JDBI: a count decides an INSERT on a table without a unique key. */
public class JdbiSignUp {

    private final Jdbi jdbi;
    private final MemberDao members;
    private final NewsletterDao newsletter;

    public JdbiSignUp(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.members = jdbi.onDemand(MemberDao.class);
        this.newsletter = jdbi.onDemand(NewsletterDao.class);
    }

    public void join(String email) {
        if (members.countByEmail(email) == 0) {
            members.insert(email); // expect: check-then-insert
        }
    }

    /** SAFE twin: the insert is an upsert (ON CONFLICT DO NOTHING). */
    public void subscribe(String email) {
        if (newsletter.countByEmail(email) == 0) {
            newsletter.insert(email);
        }
    }

    public void joinFluent(String email) {
        jdbi.useHandle(handle -> {
            int existing = handle.createQuery("select count(*) from member where email = :email").bind("email", email).mapTo(Integer.class).one();
            if (existing == 0) {
                handle.createUpdate("insert into member (email) values (:email)").bind("email", email).execute(); // expect: check-then-insert
            }
        });
    }

    /** SAFE twin: newsletter.email is unique. */
    public void subscribeFluent(String email) {
        jdbi.useHandle(handle -> {
            int existing = handle.createQuery("select count(*) from newsletter where email = :email").bind("email", email).mapTo(Integer.class).one();
            if (existing == 0) {
                handle.createUpdate("insert into newsletter (email) values (:email)").bind("email", email).execute();
            }
        });
    }
}
