package org.adtrigger.ingest.root;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnTest {

    @Test
    void slicesAndJoinsJaggedColumns() {
        Column a = new Column(ElementType.FLOAT32, 10, 3, new float[] {1, 2, 3, 4}, new int[] {0, 1, 1, 4});
        Column b = new Column(ElementType.FLOAT32, 13, 1, new float[] {5}, new int[] {0, 1});

        Column tail = a.slice(11, 13);
        assertThat(tail.firstEntry()).isEqualTo(11);
        assertThat(tail.floats()).containsExactly(2, 3, 4);
        assertThat(tail.offsets()).containsExactly(0, 0, 3);

        Column joined = Column.concat(ElementType.FLOAT32, 11, true, List.of(tail, b));
        assertThat(joined.entries()).isEqualTo(3);
        assertThat(joined.floats()).containsExactly(2, 3, 4, 5);
        assertThat(joined.offsets()).containsExactly(0, 0, 3, 4);
        assertThat(joined.count(1)).isEqualTo(3);
    }

    @Test
    void convertsUnsignedValuesAsUnsigned() {
        Column c = new Column(ElementType.UINT32, 0, 2, new int[] {-1, 7}, null);
        assertThat(c.toDoubles()).containsExactly(4294967295.0, 7.0);
        assertThat(new Column(ElementType.UINT64, 0, 1, new long[] {-1L}, null).toDoubles())
                .containsExactly(18446744073709551615.0);
        assertThat(new Column(ElementType.UINT8, 0, 1, new byte[] {(byte) 200}, null).toDoubles())
                .containsExactly(200.0);
    }

    @Test
    void typedAccessorsRefuseOtherTypes() {
        Column c = new Column(ElementType.INT32, 0, 1, new int[] {1}, null);
        assertThatThrownBy(c::floats).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(c::offsets).isInstanceOf(IllegalStateException.class);
        assertThat(c.isJagged()).isFalse();
    }
}
