package dev.pulsegrid.ui.grid;

import java.util.Comparator;

/** Compares ids the way people count: {@code web-2} before {@code web-10}; case-insensitive. */
public final class NaturalOrder implements Comparator<String> {
    public static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = i;
                int sj = j;
                while (si < a.length() && a.charAt(si) == '0') {
                    si++;
                }
                while (sj < b.length() && b.charAt(sj) == '0') {
                    sj++;
                }
                int ei = si;
                int ej = sj;
                while (ei < a.length() && Character.isDigit(a.charAt(ei))) {
                    ei++;
                }
                while (ej < b.length() && Character.isDigit(b.charAt(ej))) {
                    ej++;
                }
                int len = (ei - si) - (ej - sj);
                if (len != 0) {
                    return len;
                }
                for (int k = 0; k < ei - si; k++) {
                    int d = a.charAt(si + k) - b.charAt(sj + k);
                    if (d != 0) {
                        return d;
                    }
                }
                i = ei;
                j = ej;
            } else {
                int d = Character.toLowerCase(ca) - Character.toLowerCase(cb);
                if (d != 0) {
                    return d;
                }
                i++;
                j++;
            }
        }
        return (a.length() - i) - (b.length() - j) != 0 ? (a.length() - i) - (b.length() - j) : a.compareTo(b);
    }
}
