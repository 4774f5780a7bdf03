package vn.neuguong.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells the layout where the page sits in the menu: {@code currentPath} (the menu item of exactly this page is
 * marked {@code aria-current="page"}) and {@code section}, the first part of the path (its menu item is marked as
 * the current section on the pages below it).
 */
@ControllerAdvice(annotations = Controller.class)
class Navigation {

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("section")
    String section(HttpServletRequest request) {
        String path = currentPath(request);
        int end = path.indexOf('/', 1);
        return end < 0 ? path.substring(Math.min(1, path.length())) : path.substring(1, end);
    }
}
