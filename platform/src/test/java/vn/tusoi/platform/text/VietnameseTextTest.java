package vn.tusoi.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTest {

    @ParameterizedTest
    @CsvSource({
            "Nguyễn Văn A, nguyen van a",
            "  ĐẶNG   Thị  Ánh Tuyết , dang thi anh tuyet",
            "Hồ Đức Đạt, ho duc dat",
            "Phạm Ngọc Quỳnh, pham ngoc quynh",
            "nguyen van a, nguyen van a"})
    void foldsCaseDiacriticsAndSpaces(String text, String key) {
        assertThat(VietnameseText.fold(text)).isEqualTo(key);
    }

    @Test
    void composedAndDecomposedFormsFoldAlike() {
        String composed = "Nguy\u1ec5n";
        String decomposed = "Nguy\u0065\u0302\u0303n";
        assertThat(VietnameseText.fold(composed)).isEqualTo(VietnameseText.fold(decomposed)).isEqualTo("nguyen");
    }

    @ParameterizedTest
    @CsvSource({
            "0912345678, +84912345678",
            "0912 345 678, +84912345678",
            "+84 912-345-678, +84912345678",
            "84912345678, +84912345678",
            "0084912345678, +84912345678",
            "(037) 123.4567, +84371234567"})
    void normalisesMobileNumbers(String raw, String normalised) {
        assertThat(VietnamesePhone.normalize(raw)).hasValue(normalised);
    }

    @ParameterizedTest
    @CsvSource({"091234567", "02439123456", "+1 202 555 0100", "abc", "''"})
    void refusesWhatIsNotAVietnameseMobileNumber(String raw) {
        assertThat(VietnamesePhone.normalize(raw)).isEmpty();
    }
}
