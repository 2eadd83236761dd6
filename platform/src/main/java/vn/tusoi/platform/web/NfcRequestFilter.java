package vn.tusoi.platform.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import vn.tusoi.platform.text.VietnameseText;

/**
 * Every text a caller sends arrives in Unicode NFC: a name typed in decomposed form ("Nguyê\u0303n", as some
 * keyboards and copied documents give it) is stored, matched and exported as the same precomposed name, so the same
 * person cannot exist twice. Applies to JSON bodies and to request parameters; files are read by their importers,
 * which normalise their cells the same way.
 */
public class NfcRequestFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new NfcRequest(request), response);
    }

    private static final class NfcRequest extends HttpServletRequestWrapper {

        private byte[] body;

        NfcRequest(HttpServletRequest request) {
            super(request);
        }

        private boolean isJson() {
            String type = getContentType();
            if (type == null) {
                return false;
            }
            try {
                MediaType media = MediaType.parseMediaType(type);
                return MediaType.APPLICATION_JSON.isCompatibleWith(media) || media.getSubtype().endsWith("+json");
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        private byte[] body() throws IOException {
            if (body == null) {
                Charset charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8
                        : Charset.forName(getCharacterEncoding());
                byte[] raw = super.getInputStream().readAllBytes();
                String text = new String(raw, charset);
                body = VietnameseText.isNfc(text) ? raw : VietnameseText.nfc(text).getBytes(charset);
            }
            return body;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (!isJson()) {
                return super.getInputStream();
            }
            ByteArrayInputStream in = new ByteArrayInputStream(body());
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }
            };
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (!isJson()) {
                return super.getReader();
            }
            Charset charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8
                    : Charset.forName(getCharacterEncoding());
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return isJson() && body != null ? body.length : super.getContentLength();
        }

        @Override
        public long getContentLengthLong() {
            return isJson() && body != null ? body.length : super.getContentLengthLong();
        }

        @Override
        public String getParameter(String name) {
            return VietnameseText.nfc(super.getParameter(name));
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = super.getParameterValues(name);
            return values == null ? null : Arrays.stream(values).map(VietnameseText::nfc).toArray(String[]::new);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> normalized = new LinkedHashMap<>();
            super.getParameterMap().forEach((name, values) -> normalized.put(name,
                    Arrays.stream(values).map(VietnameseText::nfc).toArray(String[]::new)));
            return Collections.unmodifiableMap(normalized);
        }
    }
}
