package com.example.metrics;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** A servlet filter: the container keeps one instance for all requests. */
public class InFlightRequestFilter extends OncePerRequestFilter {

    private int inFlight;
    private volatile String lastPath;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        inFlight++; // expect: shared-mutable-state
        lastPath = request.getRequestURI();
        try {
            chain.doFilter(request, response);
        } finally {
            inFlight--;
        }
    }

    public String lastPath() {
        return lastPath;
    }
}
