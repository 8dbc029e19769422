package io.parallax.system;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Request parameters bind to flat fields only. No form here has nested or indexed names, and a parameter such as
 * {@code page.size} or {@code outlet[0]} would make the binder create a nested object it cannot make (a 500); such
 * names are ignored, as unknown names are.
 */
@ControllerAdvice
class FlatBinding {

    @InitBinder
    void flatFieldsOnly(WebDataBinder binder) {
        binder.setDisallowedFields("*.*", "*[*");
    }
}
