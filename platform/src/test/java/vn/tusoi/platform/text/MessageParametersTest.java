package vn.tusoi.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MessageParametersTest {

    @ParameterizedTest
    @ValueSource(strings = {"Nhận thưởng tại http://evil.example/x", "Vào www.thuong-tet.vn ngay",
            "Gửi về ai@thuong.vn", "Truy cập thuong-tet.com.vn", "Gọi 0912 345 678", "Gọi +84912345678",
            "Gọi 0912.345.678"})
    void linksAddressesAndPhoneNumbersAreContacts(String title) {
        assertThat(MessageParameters.carriesContact(title)).isTrue();
        assertThat(MessageParameters.bounded(title, 200)).contains(MessageParameters.LEFT_OUT)
                .doesNotContain("evil.example").doesNotContain("thuong").doesNotContain("345");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kiểm điểm, đánh giá, xếp loại năm 2026", "Tự soi, tự sửa nhiệm kỳ 2025-2030",
            "Theo QĐ 366-QĐ/TW và HD 43-HD/BTCTW", "Đợt 1. Chi bộ thôn Đông"})
    void anOrdinaryTitleIsNoContactAndGoesAsWritten(String title) {
        assertThat(MessageParameters.carriesContact(title)).isFalse();
        assertThat(MessageParameters.bounded(title, 200)).isEqualTo(title);
    }

    @Test
    void aParameterIsOneLineAndBounded() {
        assertThat(MessageParameters.bounded("Tự soi\n\ttự sửa\u202E 2026", 200)).isEqualTo("Tự soi tự sửa 2026");
        assertThat(MessageParameters.bounded("Kiểm điểm, đánh giá, xếp loại năm 2026", 12)).isEqualTo("Kiểm điểm,…")
                .hasSizeLessThanOrEqualTo(12);
    }
}
