package io.parallax.system;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Errors of the browser pages as pages in the site's layout. */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException ex) {
        ModelAndView page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
        page.addObject("message", ex.getMessage());
        return page;
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView badInput(InvalidInputException ex) {
        ModelAndView page = new ModelAndView("error/4xx", HttpStatus.BAD_REQUEST);
        page.addObject("message", ex.getMessage());
        return page;
    }
}
