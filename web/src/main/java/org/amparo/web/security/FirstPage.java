package org.amparo.web.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.amparo.security.domain.Roles;

/**
 * Each role's first page. The application's root (the welcome page {@code /home.xhtml}, where signing in and the error
 * page's "back" lead) sends each user to the page {@link Roles#home} names for their roles: attorneys to their tasks,
 * staff to the dashboard, everyone else to the cases. Staff never see identified cases, so the case list itself also
 * sends them to the dashboard.
 */
@WebFilter(filterName = "firstPage", urlPatterns = {FirstPage.HOME, "/cases/list.xhtml"})
public class FirstPage extends HttpFilter {

    static final String HOME = "/home.xhtml";

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("GET".equals(request.getMethod()) && request.getUserPrincipal() != null) {
            Roles.Home home = Roles.home(request::isUserInRole);
            boolean landing = HOME.equals(request.getServletPath());
            if (landing || home == Roles.Home.DASHBOARD) {
                response.sendRedirect(request.getContextPath() + home.path());
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
