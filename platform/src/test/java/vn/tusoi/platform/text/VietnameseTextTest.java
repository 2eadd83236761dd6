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
    void withoutMarksKeepsCaseAndLines() {
        assertThat(VietnameseText.withoutMarks("Đồng chí Nguyễn Thị Hương:\nhạn 11/12/2026."))
                .isEqualTo("Dong chi Nguyen Thi Huong:\nhan 11/12/2026.");
    }

    @Test
    void composedAndDecomposedFormsFoldAlike() {
        String composed = "Nguy\u1ec5n";
        String decomposed = "Nguy\u0065\u0302\u0303n";
        assertThat(VietnameseText.fold(composed)).isEqualTo(VietnameseText.fold(decomposed)).isEqualTo("nguyen");
    }

    /** Every letter of the Vietnamese alphabet, with every tone, in both cases, folds to its base letter. */
    @Test
    void everyVietnameseLetterFoldsToItsBaseLetter() {
        String[][] letters = {
                {"aàáảãạăằắẳẵặâầấẩẫậ", "a"}, {"eèéẻẽẹêềếểễệ", "e"}, {"iìíỉĩị", "i"},
                {"oòóỏõọôồốổỗộơờớởỡợ", "o"}, {"uùúủũụưừứửữự", "u"}, {"yỳýỷỹỵ", "y"}, {"dđ", "d"}};
        for (String[] family : letters) {
            for (char letter : family[0].toCharArray()) {
                assertThat(VietnameseText.fold(String.valueOf(letter))).as("%s", letter).isEqualTo(family[1]);
                assertThat(VietnameseText.fold(String.valueOf(Character.toUpperCase(letter)))).as("%s", letter)
                        .isEqualTo(family[1]);
            }
        }
        assertThat(VietnameseText.fold("Nguyễn	Văn An")).isEqualTo("nguyen van an");
        assertThat(VietnameseText.fold("Ngô Thị 李")).isEqualTo("ngo thi 李");
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
