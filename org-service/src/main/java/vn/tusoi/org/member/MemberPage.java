package vn.tusoi.org.member;

import java.util.List;

public record MemberPage(List<MemberView> items, int page, int size, long totalElements) {
}
