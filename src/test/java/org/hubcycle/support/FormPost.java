package org.hubcycle.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hubcycle.shared.web.FormErrors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A form posted in a {@code @WebMvcTest} slice: valid fields with some changed, and the errors it comes back with, by field. */
public final class FormPost {

    private FormPost() {}

    /** The valid fields with the given ones changed (name, value, name, value, ...). */
    public static MockHttpServletRequestBuilder post(
            String url, RequestPostProcessor who, Map<String, String> valid, String... changed) {
        Map<String, String> fields = new LinkedHashMap<>(valid);
        for (int i = 0; i < changed.length; i += 2) {
            fields.put(changed[i], changed[i + 1]);
        }
        MockHttpServletRequestBuilder request =
                MockMvcRequestBuilders.post(url).with(csrf()).with(who);
        fields.forEach(request::param);
        return request;
    }

    /**
     * The fields a page's form (the one whose action ends with {@code action}) would send as it stands, hidden
     * ones included, but for the CSRF and submission tokens, which a test request brings its own way.
     */
    public static Map<String, String> fields(Document page, String action) {
        FormElement form = (FormElement) page.selectFirst("form[action$=" + action + "]");
        Map<String, String> fields = new LinkedHashMap<>();
        form.formData().stream()
                .filter(field -> !field.key().startsWith("_"))
                .forEach(field -> fields.put(field.key(), field.value()));
        return fields;
    }

    /** The form came back (200, the same view) and says, beside each field, what is wrong with it. */
    public static Map<String, String> errors(MockMvc mvc, MockHttpServletRequestBuilder request, String formView)
            throws Exception {
        MvcResult result = mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(view().name(formView))
                .andReturn();
        FormErrors errors = (FormErrors) result.getModelAndView().getModel().get("errors");
        Map<String, String> byField = new LinkedHashMap<>();
        errors.summary().forEach(link -> byField.putIfAbsent(link.href().substring(1), link.message()));
        return byField;
    }
}
