package com.example.ids;

import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The container creates one servlet instance and calls doGet from many threads. */
public class LegacyIdServlet extends HttpServlet {

    private int issued;
    private String prefix;

    @Override
    public void init(ServletConfig config) throws ServletException {
        super.init(config);
        prefix = config.getInitParameter("prefix");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        issued++; // expect: shared-mutable-state
        response.getWriter().write(prefix + issued);
    }
}
