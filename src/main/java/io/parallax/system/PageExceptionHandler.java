package io.parallax.system;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Errors of the browser pages as pages in the site's layout. */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

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

    /** The page ran past its time limit (or its client left, and nobody sees this): a page that says so. */
    @ExceptionHandler(RequestStopped.class)
    ModelAndView stopped(RequestStopped ex, HttpServletResponse response) {
        log.warn("Request stopped: {}", ex.getMessage());
        response.setHeader(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_SLOW_SECONDS);
        ModelAndView page = new ModelAndView("error/slow", HttpStatus.SERVICE_UNAVAILABLE);
        page.addObject("message", Problems.slowDetail(ex));
        return page;
    }

    /** The database is down, restarting or too slow: a friendly page that asks to come back shortly. */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ModelAndView database(RuntimeException ex, HttpServletResponse response) {
        if (!DatabaseUnavailable.matches(ex)) {
            if (ex instanceof org.springframework.dao.DataIntegrityViolationException integrity) {
                log.warn("Refused by the database: {}", integrity.getMostSpecificCause().getMessage());
                ModelAndView page = new ModelAndView("error/4xx", HttpStatus.BAD_REQUEST);
                page.addObject("message", "A value cannot be stored as it is.");
                return page;
            }
            throw ex;
        }
        log.warn("Database unavailable: {}", ex.getMessage());
        response.setHeader(HttpHeaders.RETRY_AFTER, Problems.RETRY_AFTER_SECONDS);
        return new ModelAndView("error/503", HttpStatus.SERVICE_UNAVAILABLE);
    }
}
