package com.example.quarkus.reactive;

import io.quarkus.hibernate.reactive.panache.PanacheEntity;
import jakarta.persistence.Entity;

/** Hibernate Reactive Panache active record, as in quarkus-quickstarts hibernate-reactive-panache-quickstart (Fruit). */
@Entity
public class Ticket extends PanacheEntity {

    public String event;

    public int remaining;
}
