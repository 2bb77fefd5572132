package com.example.shop.service;

import com.example.shop.entity.Customer;
import com.example.shop.repository.CustomerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.WebApplicationException;

@ApplicationScoped
public class CustomerService {

    @Inject
    CustomerRepository customers;

    /** Two sign-ups with one email can both find nothing and both insert: customer.email has no unique constraint. */
    @Transactional
    public Customer register(String email, String name) {
        if (customers.findByEmail(email).isPresent()) {
            throw new WebApplicationException("email already registered", 409);
        }
        Customer customer = new Customer();
        customer.email = email;
        customer.name = name;
        customers.persist(customer); // expect: check-then-insert
        return customer;
    }
}
