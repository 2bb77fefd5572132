package com.example.realcode.session;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Visit workflows over the Session DAO (openmrs-core's VisitServiceImpl shape: get, change, save). */
@Service
public class VisitService {
    private final HibernateVisitDao visitDao;
    private final SessionFactory sessionFactory;

    public VisitService(HibernateVisitDao visitDao, SessionFactory sessionFactory) {
        this.visitDao = visitDao;
        this.sessionFactory = sessionFactory;
    }

    // racy: read through the DAO's getVisit, written through its own save wrapper
    public void close(Long visitId) {
        Visit visit = visitDao.getVisit(visitId);
        if ("OPEN".equals(visit.getStatus())) { // a state transition decided by the state read
            visit.setStatus("CLOSED");
        }
        visitDao.save(visit); // expect: lost-update
    }

    // racy: Session.byId(..).load then Session.update
    public void addEncounter(Long visitId) {
        Visit visit = visitDao.loadVisit(visitId);
        visit.setEncounterCount(visit.getEncounterCount() + 1);
        sessionFactory.getCurrentSession().update(visit); // expect: lost-update
    }

    // racy: the read happens inside a generic executor helper
    public void reopen(Long visitId) {
        Visit visit = visitDao.inSession(s -> s.get(Visit.class, visitId));
        if ("CLOSED".equals(visit.getStatus())) {
            visit.setStatus("OPEN");
        }
        visitDao.save(visit); // expect: lost-update
    }

    // racy: inside a transaction at the default isolation the managed entity is flushed at commit
    @Transactional
    public void markVoided(Long visitId) {
        Session session = sessionFactory.getCurrentSession();
        Visit visit = session.get(Visit.class, visitId);
        if (!"VOIDED".equals(visit.getStatus())) {
            visit.setStatus("VOIDED"); // expect: lost-update-weak-isolation
        }
    }

    // --- no finding below -------------------------------------------------------------------

    // safe: LockMode.PESSIMISTIC_WRITE inside the transaction
    @Transactional
    public void closeLocked(Long visitId) {
        Visit visit = visitDao.getVisitForUpdate(visitId);
        visit.setStatus("CLOSED");
        visitDao.save(visit);
    }

    // safe: HQL update computed by the database
    public void addEncounterAtomically(Long visitId) {
        visitDao.countEncounter(visitId);
    }
}
