#include "gpulayerslist.h"

#include <QTest>

#include <limits>

using namespace vramscope;
using namespace Qt::StringLiterals;

// Expected values follow ollama's ml/device.go (v0.12.10) and PROTOCOL.md §5:
// GPULayers.String, GPULayersList.String/Sum, and vramscope's FNV-1a Hash.
class TestGpuLayersList : public QObject
{
    Q_OBJECT

private slots:
    void gpuLayersToString_data();
    void gpuLayersToString();
    void toString_data();
    void toString();
    void sum_data();
    void sum();
    void hash_data();
    void hash();
    void fromString_data();
    void fromString();
    void roundTrip_data();
    void roundTrip();
    void fromStringErrors_data();
    void fromStringErrors();
};

namespace {

GpuLayers group(const QString &id, const QList<int> &layers, const QString &library = QString())
{
    return {{id, library}, layers};
}

QList<int> range(int first, int last)
{
    QList<int> layers;
    for (int layer = first; layer <= last; ++layer)
        layers.append(layer);
    return layers;
}

GpuLayersList list(const QList<GpuLayers> &groups)
{
    return {groups};
}

// A readable form for failure messages: "id/library:[layers] ...".
QString dump(const GpuLayersList &list)
{
    QStringList parts;
    for (const GpuLayers &g : list.groups) {
        QStringList layers;
        for (int layer : g.layers)
            layers.append(QString::number(layer));
        parts.append(g.deviceId.id + u'/' + g.deviceId.library + u":[" + layers.join(u' ') + u']');
    }
    return u'{' + parts.join(u", ") + u'}';
}

} // namespace

void TestGpuLayersList::gpuLayersToString_data()
{
    QTest::addColumn<GpuLayers>("group");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << group(u"0"_s, {}) << QString();
    QTest::newRow("empty with library") << group(u"0"_s, {}, u"CUDA"_s) << QString();
    QTest::newRow("one layer") << group(u"0"_s, {5}) << u"ID:0 Layers:1(5..5)"_s;
    QTest::newRow("contiguous") << group(u"0"_s, range(0, 32)) << u"ID:0 Layers:33(0..32)"_s;
    QTest::newRow("library not shown")
        << group(u"GPU-3f1c"_s, range(20, 32), u"CUDA"_s) << u"ID:GPU-3f1c Layers:13(20..32)"_s;
    QTest::newRow("non-contiguous") << group(u"0"_s, {0, 2, 5}) << u"ID:0 Layers:3[0 2 5]"_s;
    QTest::newRow("unsorted contiguous") << group(u"0"_s, {3, 1, 2}) << u"ID:0 Layers:3(1..3)"_s;
    QTest::newRow("unsorted non-contiguous")
        << group(u"0"_s, {5, 0, 2}) << u"ID:0 Layers:3[0 2 5]"_s;
    // Layers[i] != base+i on the repeated entry.
    QTest::newRow("repeated layer") << group(u"0"_s, {1, 1}) << u"ID:0 Layers:2[1 1]"_s;
    QTest::newRow("negative layers") << group(u"x"_s, {0, -1}) << u"ID:x Layers:2(-1..0)"_s;
    QTest::newRow("up to INT_MAX")
        << group(u"0"_s, {std::numeric_limits<int>::max(), std::numeric_limits<int>::max() - 1})
        << u"ID:0 Layers:2(2147483646..2147483647)"_s;
    QTest::newRow("INT_MIN and INT_MAX")
        << group(u"0"_s, {std::numeric_limits<int>::max(), std::numeric_limits<int>::min()})
        << u"ID:0 Layers:2[-2147483648 2147483647]"_s;
    QTest::newRow("empty id") << group(QString(), {0}) << u"ID: Layers:1(0..0)"_s;
}

void TestGpuLayersList::gpuLayersToString()
{
    QFETCH(GpuLayers, group);
    QFETCH(QString, expected);
    QCOMPARE(group.toString(), expected);
}

void TestGpuLayersList::toString_data()
{
    QTest::addColumn<GpuLayersList>("list");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty list") << GpuLayersList() << u"[]"_s;
    // Go joins the element strings with one space, so empty groups leave
    // their separators behind; no count in front when the sum is zero.
    QTest::newRow("one empty group") << list({group(u"0"_s, {})}) << u"[]"_s;
    QTest::newRow("two empty groups") << list({group(u"0"_s, {}), group(u"1"_s, {})}) << u"[ ]"_s;
    QTest::newRow("three empty groups")
        << list({group(u"0"_s, {}), group(u"1"_s, {}), group(u"2"_s, {})}) << u"[  ]"_s;
    QTest::newRow("empty group last")
        << list({group(u"gpu1"_s, {1}), group(u"gpu0"_s, {})}) << u"1[ID:gpu1 Layers:1(1..1) ]"_s;
    QTest::newRow("empty group first")
        << list({group(u"gpu0"_s, {}), group(u"gpu1"_s, {1})}) << u"1[ ID:gpu1 Layers:1(1..1)]"_s;
    QTest::newRow("two groups") << list({group(u"gpu1"_s, {0}), group(u"gpu0"_s, {1, 2})})
                                << u"3[ID:gpu1 Layers:1(0..0) ID:gpu0 Layers:2(1..2)]"_s;
    QTest::newRow("one group") << list({group(u"0"_s, range(0, 32), u"CUDA"_s)})
                               << u"33[ID:0 Layers:33(0..32)]"_s;
    QTest::newRow("non-contiguous group") << list({group(u"0"_s, {5, 0, 2}), group(u"1"_s, {1})})
                                          << u"4[ID:0 Layers:3[0 2 5] ID:1 Layers:1(1..1)]"_s;
}

void TestGpuLayersList::toString()
{
    QFETCH(GpuLayersList, list);
    QFETCH(QString, expected);
    QCOMPARE(list.toString(), expected);
}

void TestGpuLayersList::sum_data()
{
    QTest::addColumn<GpuLayersList>("list");
    QTest::addColumn<int>("expected");
    QTest::newRow("empty list") << GpuLayersList() << 0;
    QTest::newRow("empty groups") << list({group(u"0"_s, {}), group(u"1"_s, {})}) << 0;
    QTest::newRow("one group") << list({group(u"0"_s, range(0, 32))}) << 33;
    QTest::newRow("three groups") << list({group(u"0"_s, {0, 1}), group(u"1"_s, {}),
                                           group(u"2"_s, {2, 3, 4})})
                                  << 5;
    // len(g.Layers): repeats count.
    QTest::newRow("repeats count") << list({group(u"0"_s, {1, 1, 1})}) << 3;
}

void TestGpuLayersList::sum()
{
    QFETCH(GpuLayersList, list);
    QFETCH(int, expected);
    QCOMPARE(list.sum(), expected);
}

void TestGpuLayersList::hash_data()
{
    QTest::addColumn<GpuLayersList>("list");
    QTest::addColumn<QString>("expected");
    // FNV-1a 64 (offset basis cbf29ce484222325, prime 100000001b3), computed
    // apart from vramscope with Python over bytes written out by hand:
    //   def fnv(b):
    //       h = 0xcbf29ce484222325
    //       for x in b: h = ((h ^ x) * 0x100000001b3) % 2**64
    //       return '%016x' % h
    // Z = b'\x00' * 7; each group: id + library bytes, then each layer as 8
    // little-endian bytes. The byte string is given after each row.
    QTest::newRow("empty list") << GpuLayersList() << u"cbf29ce484222325"_s; // b''
    // Empty groups are skipped, id and all.
    QTest::newRow("only empty groups")
        << list({group(u"0"_s, {}, u"CUDA"_s), group(u"1"_s, {}, u"CUDA"_s)})
        << u"cbf29ce484222325"_s; // b''
    // b'0CUDA' + b'\x00'+Z + b'\x01'+Z
    QTest::newRow("one group") << list({group(u"0"_s, {0, 1}, u"CUDA"_s)}) << u"0d79cdb1af973a2d"_s;
    // Layers are hashed in stored order, unsorted: b'0CUDA' + b'\x01'+Z + b'\x00'+Z
    QTest::newRow("layer order matters")
        << list({group(u"0"_s, {1, 0}, u"CUDA"_s)}) << u"3d7d1c70b7bd084d"_s;
    // b'aCUDA' + b'\x00'+Z + b'bCUDA' + b'\x01'+Z
    QTest::newRow("groups a, b") << list({group(u"a"_s, {0}, u"CUDA"_s),
                                          group(u"b"_s, {1}, u"CUDA"_s)})
                                 << u"f0ab699d280f05f5"_s;
    // b'bCUDA' + b'\x01'+Z + b'aCUDA' + b'\x00'+Z
    QTest::newRow("groups b, a") << list({group(u"b"_s, {1}, u"CUDA"_s),
                                          group(u"a"_s, {0}, u"CUDA"_s)})
                                 << u"17c7fb4fa52501f9"_s;
    // b'0CUDA' + b'\x00'+Z
    QTest::newRow("library CUDA") << list({group(u"0"_s, {0}, u"CUDA"_s)}) << u"69610bc8ac7aa68c"_s;
    // b'0ROCm' + b'\x00'+Z
    QTest::newRow("library ROCm") << list({group(u"0"_s, {0}, u"ROCm"_s)}) << u"43619042a2d64744"_s;
    // The empty group leaves nothing: same bytes as "library CUDA".
    QTest::newRow("empty group skipped")
        << list({group(u"x"_s, {}, u"ROCm"_s), group(u"0"_s, {0}, u"CUDA"_s),
                 group(u"y"_s, {}, u"CUDA"_s)})
        << u"69610bc8ac7aa68c"_s;
    // int64(-1): b'0' + b'\xff' * 8
    QTest::newRow("negative layer") << list({group(u"0"_s, {-1})}) << u"0800f9b93136c707"_s;
    // b'\xff\xff\xff\x7f' + b'\x00' * 4 after b'0'
    QTest::newRow("INT_MAX layer")
        << list({group(u"0"_s, {std::numeric_limits<int>::max()})}) << u"41265caad5bdd32b"_s;
    // id + library are one string: "ab" + "" and "a" + "b" hash alike.
    // b'ab' + b'\x05'+Z
    QTest::newRow("id ab") << list({group(u"ab"_s, {5})}) << u"6f6c983921a9bc4f"_s;
    QTest::newRow("id a, library b") << list({group(u"a"_s, {5}, u"b"_s)}) << u"6f6c983921a9bc4f"_s;
    // UTF-8 of U+00E9 is C3 A9; layer 256: b'\xc3\xa9' + b'\x00\x01' + b'\x00' * 6
    QTest::newRow("UTF-8 id") << list({group(u"\u00e9"_s, {256})}) << u"1fdb6d1a4de35546"_s;
    // b'GPU-xCUDA' + b''.join(bytes([i]) + Z for i in range(33))
    QTest::newRow("33 layers") << list({group(u"GPU-x"_s, range(0, 32), u"CUDA"_s)})
                               << u"b83b90f1b8fa0503"_s;
    // Zero-padded to 16 digits: b'x' + b'\x01'+Z
    QTest::newRow("leading zero digit") << list({group(u"x"_s, {1})}) << u"064c67a99b86b3c6"_s;
}

void TestGpuLayersList::hash()
{
    QFETCH(GpuLayersList, list);
    QFETCH(QString, expected);
    QCOMPARE(list.hashHex(), expected);
    bool ok = false;
    QCOMPARE(list.hash(), expected.toULongLong(&ok, 16));
    QVERIFY(ok);
}

void TestGpuLayersList::fromString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<GpuLayersList>("expected");
    QTest::newRow("empty list") << u"[]"_s << GpuLayersList();
    QTest::newRow("empty list, count 0") << u"0[]"_s << GpuLayersList();
    QTest::newRow("two empty groups") << u"[ ]"_s << list({group({}, {}), group({}, {})});
    QTest::newRow("three empty groups")
        << u"[  ]"_s << list({group({}, {}), group({}, {}), group({}, {})});
    QTest::newRow("one group") << u"33[ID:0 Layers:33(0..32)]"_s
                               << list({group(u"0"_s, range(0, 32))});
    QTest::newRow("two groups") << u"3[ID:gpu1 Layers:1(0..0) ID:gpu0 Layers:2(1..2)]"_s
                                << list({group(u"gpu1"_s, {0}), group(u"gpu0"_s, {1, 2})});
    QTest::newRow("empty group last")
        << u"1[ID:gpu1 Layers:1(1..1) ]"_s << list({group(u"gpu1"_s, {1}), group({}, {})});
    QTest::newRow("empty group first")
        << u"1[ ID:gpu1 Layers:1(1..1)]"_s << list({group({}, {}), group(u"gpu1"_s, {1})});
    QTest::newRow("listed layers") << u"4[ID:0 Layers:3[0 2 5] ID:1 Layers:1(1..1)]"_s
                                   << list({group(u"0"_s, {0, 2, 5}), group(u"1"_s, {1})});
    // What String() never prints but means the same set of layers.
    QTest::newRow("listed layers unsorted")
        << u"3[ID:0 Layers:3[5 0 2]]"_s << list({group(u"0"_s, {0, 2, 5})});
    QTest::newRow("contiguous layers listed")
        << u"2[ID:0 Layers:2[1 0]]"_s << list({group(u"0"_s, {0, 1})});
    QTest::newRow("leading zeros")
        << u"01[ID:0 Layers:001(007..007)]"_s << list({group(u"0"_s, {7})});
    QTest::newRow("surrounding space")
        << u"  \t3[ID:gpu1 Layers:1(0..0) ID:gpu0 Layers:2(1..2)] \n"_s
        << list({group(u"gpu1"_s, {0}), group(u"gpu0"_s, {1, 2})});
    QTest::newRow("uuid ids")
        << u"33[ID:GPU-3f1c9a2e-6b1d-4c2f-9e0a-5d7b8c1e2f30 Layers:20(0..19) "
           u"ID:GPU-8d2e4f60-1a3b-4c5d-8e7f-9a0b1c2d3e4f Layers:13(20..32)]"_s
        << list({group(u"GPU-3f1c9a2e-6b1d-4c2f-9e0a-5d7b8c1e2f30"_s, range(0, 19)),
                 group(u"GPU-8d2e4f60-1a3b-4c5d-8e7f-9a0b1c2d3e4f"_s, range(20, 32))});
    QTest::newRow("empty id") << u"1[ID: Layers:1(0..0)]"_s << list({group(QString(), {0})});
    // The id runs to the first " Layers:".
    QTest::newRow("id with spaces and brackets")
        << u"1[ID:a] [ID:b Layers:1(0..0)]"_s << list({group(u"a] [ID:b"_s, {0})});
    // Text that starts as the notation is the notation, even when an id
    // holds the log line's marker.
    QTest::newRow("marker inside an id")
        << u"1[ID:GPULayers:[] Layers:1(0..0)]"_s << list({group(u"GPULayers:[]"_s, {0})});
    QTest::newRow("largest layer") << u"1[ID:0 Layers:1(2147483647..2147483647)]"_s
                                   << list({group(u"0"_s, {std::numeric_limits<int>::max()})});
    QTest::newRow("largest group")
        << u"10000[ID:0 Layers:10000(0..9999)]"_s << list({group(u"0"_s, range(0, 9999))});
    QTest::newRow("largest list in two groups")
        << u"10000[ID:0 Layers:5000(0..4999) ID:1 Layers:5000(5000..9999)]"_s
        << list({group(u"0"_s, range(0, 4999)), group(u"1"_s, range(5000, 9999))});
    // In an ollama log line, the list follows "GPULayers:" and the rest of
    // the line is ignored.
    QTest::newRow("log line")
        << u"time=2025-11-04T09:12:44.101+01:00 level=INFO source=server.go:1230 msg=\"load\" "
           u"request=\"{Operation:commit LoraPath:[] Parallel:1 BatchSize:512 "
           u"FlashAttention:true KvSize:4096 KvCacheType:q8_0 NumThreads:16 "
           u"GPULayers:33[ID:0 Layers:33(0..32)] MultiUserCache:false ProjectorPath: MainGPU:0 "
           u"UseMmap:true}\""_s
        << list({group(u"0"_s, range(0, 32))});
    QTest::newRow("log line, two GPUs")
        << u"msg=\"load request\" request=\"{Operation:fit GPULayers:33[ID:GPU-a Layers:20(0..19) "
           u"ID:GPU-b Layers:13(20..32)] MultiUserCache:false}\""_s
        << list({group(u"GPU-a"_s, range(0, 19)), group(u"GPU-b"_s, range(20, 32))});
    QTest::newRow("log line, no GPU layers")
        << u"request=\"{Operation:fit GPULayers:[] MultiUserCache:false}\""_s << GpuLayersList();
    QTest::newRow("marker alone") << u"GPULayers:[]"_s << GpuLayersList();
}

void TestGpuLayersList::fromString()
{
    QFETCH(QString, text);
    QFETCH(GpuLayersList, expected);
    QString error;
    const std::optional<GpuLayersList> parsed = GpuLayersList::fromString(text, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(dump(*parsed), dump(expected));
    QCOMPARE(*parsed, expected);
    // A list read back from its own text is the same list.
    const std::optional<GpuLayersList> again =
        GpuLayersList::fromString(parsed->toString(), nullptr);
    QVERIFY(again);
    QCOMPARE(dump(*again), dump(*parsed));
}

void TestGpuLayersList::roundTrip_data()
{
    // Text as String() prints it reads back to a list that prints the same.
    QTest::addColumn<QString>("text");
    QTest::newRow("[]") << u"[]"_s;
    QTest::newRow("[ ]") << u"[ ]"_s;
    QTest::newRow("[  ]") << u"[  ]"_s;
    QTest::newRow("one group") << u"33[ID:0 Layers:33(0..32)]"_s;
    QTest::newRow("two groups") << u"3[ID:gpu1 Layers:1(0..0) ID:gpu0 Layers:2(1..2)]"_s;
    QTest::newRow("empty group between") << u"3[ID:gpu1 Layers:1(0..0)  ID:gpu0 Layers:2(1..2)]"_s;
    QTest::newRow("empty group last") << u"1[ID:gpu1 Layers:1(1..1) ]"_s;
    QTest::newRow("listed") << u"6[ID:0 Layers:3[0 2 5] ID:1 Layers:3[1 3 4]]"_s;
    QTest::newRow("odd id") << u"1[ID:a] ID:b  Layers Layers:1(9..9)]"_s;
}

void TestGpuLayersList::roundTrip()
{
    QFETCH(QString, text);
    QString error;
    const std::optional<GpuLayersList> parsed = GpuLayersList::fromString(text, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->toString(), text);
}

void TestGpuLayersList::fromStringErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    // "column N: what, found '<12 characters from there>'" (or "the end").
    QTest::newRow("empty") << QString() << u"column 1: expected '[', found the end"_s;
    QTest::newRow("spaces only") << u"   "_s << u"column 4: expected '[', found the end"_s;
    QTest::newRow("not the notation") << u"x[]"_s << u"column 1: expected '[', found 'x[]'"_s;
    QTest::newRow("missing count")
        << u"[ID:0 Layers:1(0..0)]"_s
        << u"column 1: missing the layer count in front of '[', found '[ID:0 Layers'"_s;
    QTest::newRow("count mismatch")
        << u"2[ID:0 Layers:1(0..0)]"_s
        << u"column 1: the count says 2 layers but the groups hold 1, found '2[ID:0 Layer'"_s;
    QTest::newRow("count on empty list")
        << u"1[]"_s << u"column 1: the count says 1 layers but the groups hold 0, found '1[]'"_s;
    QTest::newRow("range backwards")
        << u"1[ID:0 Layers:1(3..2)]"_s
        << u"column 3: the range (3..2) does not hold 1 layers, found 'ID:0 Layers:'"_s;
    QTest::newRow("range without ..")
        << u"1[ID:0 Layers:1(0.0)]"_s << u"column 18: expected '..', found '.0)]'"_s;
    QTest::newRow("range unclosed")
        << u"1[ID:0 Layers:1(0..0]"_s << u"column 21: expected ')', found ']'"_s;
    QTest::newRow("range/count mismatch")
        << u"3[ID:0 Layers:3(0..1)]"_s
        << u"column 3: the range (0..1) does not hold 3 layers, found 'ID:0 Layers:'"_s;
    QTest::newRow("list count mismatch")
        << u"2[ID:0 Layers:2[0 1 2]]"_s
        << u"column 3: the group says 2 layers but lists 3, found 'ID:0 Layers:'"_s;
    QTest::newRow("list count mismatch, second group")
        << u"3[ID:0 Layers:1(0..0) ID:1 Layers:3[1 2]]"_s
        << u"column 23: the group says 3 layers but lists 2, found 'ID:1 Layers:'"_s;
    QTest::newRow("empty layer list")
        << u"0[ID:0 Layers:0[]]"_s
        << u"column 17: expected a layer number (a number), found ']]'"_s;
    QTest::newRow("duplicate layer across groups")
        << u"2[ID:0 Layers:1(0..0) ID:1 Layers:1(0..0)]"_s
        << u"column 1: layer 0 is assigned twice, found '2[ID:0 Layer'"_s;
    QTest::newRow("duplicate layer in a group")
        << u"2[ID:0 Layers:2[3 3]]"_s
        << u"column 1: layer 3 is assigned twice, found '2[ID:0 Layer'"_s;
    QTest::newRow("garbage after the list")
        << u"[] x"_s << u"column 4: unexpected text after the list"_s;
    QTest::newRow("second closing bracket")
        << u"1[ID:0 Layers:1(0..0)]]"_s << u"column 23: unexpected text after the list"_s;
    QTest::newRow("unterminated list")
        << u"1[ID:0 Layers:1(0..0)"_s << u"column 22: expected ']', found the end"_s;
    QTest::newRow("unterminated empty list")
        << u"["_s << u"column 2: expected ']', found the end"_s;
    QTest::newRow("unterminated layer list")
        << u"1[ID:0 Layers:2[0 1"_s << u"column 20: expected ']', found the end"_s;
    QTest::newRow("unterminated id")
        << u"1[ID:0"_s << u"column 6: expected ' Layers:' after the device id, found '0'"_s;
    QTest::newRow("no separator between groups")
        << u"2[ID:0 Layers:1(0..0)ID:1 Layers:1(1..1)]"_s
        << u"column 22: expected ']', found 'ID:1 Layers:'"_s;
    QTest::newRow("stray text in the list") << u"[x]"_s << u"column 2: expected ']', found 'x]'"_s;
    QTest::newRow("non-numeric count")
        << u"1[ID:0 Layers:x(0..0)]"_s
        << u"column 15: expected the group's layer count (a number), found 'x(0..0)]'"_s;
    QTest::newRow("non-numeric first layer")
        << u"1[ID:0 Layers:1(a..0)]"_s
        << u"column 17: expected the first layer (a number), found 'a..0)]'"_s;
    QTest::newRow("non-numeric last layer")
        << u"1[ID:0 Layers:1(0..z)]"_s
        << u"column 20: expected the last layer (a number), found 'z)]'"_s;
    QTest::newRow("non-numeric listed layer")
        << u"2[ID:0 Layers:2[0 b]]"_s
        << u"column 19: expected a layer number (a number), found 'b]]'"_s;
    QTest::newRow("negative layer")
        << u"1[ID:0 Layers:1(-1..-1)]"_s
        << u"column 17: expected the first layer (a number), found '-1..-1)]'"_s;
    // U+0663 ARABIC-INDIC DIGIT THREE is a digit, but not an ASCII one.
    QTest::newRow("non-ASCII digit count")
        << u"\u0663[]"_s << u"column 1: expected the layer count (a number), found '\u0663[]'"_s;
    QTest::newRow("huge count")
        << u"99999999999[]"_s << u"column 1: the layer count is too large, found '99999999999['"_s;
    QTest::newRow("huge layer")
        << u"1[ID:0 Layers:1(2147483648..2147483648)]"_s
        << u"column 17: the first layer is too large, found '2147483648..'"_s;
    QTest::newRow("huge listed layer")
        << u"1[ID:0 Layers:1[99999999999999999999]]"_s
        << u"column 17: a layer number is too large, found '999999999999'"_s;
    QTest::newRow("too many layers in a group")
        << u"10001[ID:0 Layers:10001(0..10000)]"_s
        << u"column 7: more than 10000 layers in the list, found 'ID:0 Layers:'"_s;
    // The bound is on the list: 221 groups of 100000 layers fit in 8 KiB of
    // text and took seconds and hundreds of MiB to expand. "ID:1" starts at
    // column 6 + 26 + 1 = 33.
    QTest::newRow("too many layers over two groups")
        << u"10001[ID:0 Layers:5000(0..4999) ID:1 Layers:5001(5000..10000)]"_s
        << u"column 33: more than 10000 layers in the list, found 'ID:1 Layers:'"_s;
    QTest::newRow("log line, malformed list")
        << u"request=\"{Operation:fit GPULayers:1[ID:0 Layers:1(0..1)] UseMmap:true}\""_s
        << u"column 37: the range (0..1) does not hold 1 layers, found 'ID:0 Layers:'"_s;
    QTest::newRow("log line, space after marker")
        << u"GPULayers: []"_s << u"column 11: expected '[', found ' []'"_s;
}

void TestGpuLayersList::fromStringErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QString error;
    const std::optional<GpuLayersList> parsed = GpuLayersList::fromString(text, &error);
    QVERIFY2(!parsed, qPrintable(parsed ? parsed->toString() : QString()));
    QCOMPARE(error, expected);
    QVERIFY(!GpuLayersList::fromString(text, nullptr));
}

QTEST_GUILESS_MAIN(TestGpuLayersList)
#include "tst_gpulayerslist.moc"
