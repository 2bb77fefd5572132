package com.example.formatting;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class GreetingController {

    private String currentUser;
    private String defaultGreeting = "Hello";

    // one user's name can end up in another user's response
    @GetMapping("/greeting")
    public String greet(@RequestParam String name) {
        currentUser = name; // expect: shared-mutable-state
        return defaultGreeting + ", " + currentUser;
    }

    @GetMapping("/greeting/local")
    public String greetWithLocal(@RequestParam String name) {
        String user = name.trim();
        return defaultGreeting + ", " + user;
    }

    // a configuration setter, called once while the application starts
    public void setDefaultGreeting(String defaultGreeting) {
        this.defaultGreeting = defaultGreeting;
    }
}
