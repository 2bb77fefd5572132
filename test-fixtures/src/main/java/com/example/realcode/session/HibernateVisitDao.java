package com.example.realcode.session;

import java.util.function.Function;
import org.hibernate.LockMode;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.springframework.stereotype.Repository;

/**
 * A DAO class over Hibernate's native Session, the shape of openmrs-core's
 * {@code HibernateVisitDAO} ({@code sessionFactory.getCurrentSession().get(..)},
 * {@code saveOrUpdate}) plus a generic executor helper ({@code inSession(s -> ..)}). Its
 * {@code save} / {@code getVisit} have bodies: callers follow them as helpers.
 */
@Repository
public class HibernateVisitDao {
    private final SessionFactory sessionFactory;

    public HibernateVisitDao(SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    public Visit getVisit(Long id) {
        return sessionFactory.getCurrentSession().get(Visit.class, id);
    }

    public Visit getVisitForUpdate(Long id) {
        return sessionFactory.getCurrentSession().get(Visit.class, id, LockMode.PESSIMISTIC_WRITE);
    }

    public Visit loadVisit(Long id) {
        return sessionFactory.getCurrentSession().byId(Visit.class).load(id);
    }

    public Visit save(Visit visit) {
        sessionFactory.getCurrentSession().saveOrUpdate(visit);
        return visit;
    }

    public int countEncounter(Long id) {
        return sessionFactory.getCurrentSession()
                .createQuery("update Visit v set v.encounterCount = v.encounterCount + 1 where v.id = :id")
                .setParameter("id", id)
                .executeUpdate();
    }

    public <R> R inSession(Function<Session, R> work) {
        return work.apply(sessionFactory.getCurrentSession());
    }
}
