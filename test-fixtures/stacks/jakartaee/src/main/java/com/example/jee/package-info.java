/**
 * Jakarta EE fixtures (issue 14): session beans with container-managed and bean-managed
 * transactions, EJB singleton concurrency, CDI beans with JTA {@code @Transactional}, and
 * Hibernate {@code Session} / {@code StatelessSession} DAOs. Shapes come from real code:
 * agoncal/agoncal-book-javaee7 (chapter09 InventoryEJB03/04/06: CMT, SessionContext,
 * {@code @TransactionManagement(BEAN)} with {@code UserTransaction}), tqvarnst/coolstore-native
 * (inventory/InventoryRepository: a CDI bean's {@code find / setQuantity / merge}),
 * eclipse-ee4j/cargotracker (application/internal services: {@code @Stateless} beans over JPA
 * repositories) and openmrs/openmrs-core (api/db/hibernate DAOs: {@code sessionFactory.getCurrentSession()}).
 */
package com.example.jee;
