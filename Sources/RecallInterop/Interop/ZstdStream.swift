import CZstd
import Foundation

/// Decompresses a zstd stream (Anki's `collection.anki21b`) piece by piece through the system
/// `libzstd`, so that a large collection is never held whole, and stops at `limit` bytes out.
final class ZstdStream {
    enum Failure: Error, Equatable {
        /// zstd's own reason the data is not a valid stream.
        case damaged(String)
        /// The output went past the limit.
        case tooLarge
        /// The input ended inside a frame.
        case truncated
    }

    private let context: OpaquePointer
    private let limit: Int
    private(set) var written = 0
    /// Whether the last frame was read to its end.
    private var complete = true

    init(limit: Int) {
        context = ZSTD_createDCtx()
        self.limit = limit
        // Refuses a frame that asks for a window larger than 128 MiB, whatever its content size.
        ZSTD_DCtx_setParameter(context, ZSTD_d_windowLogMax, 27)
    }

    deinit { ZSTD_freeDCtx(context) }

    /// Decompresses `input`, handing the output to `consume` in chunks.
    func decompress(_ input: Data, consume: (Data) throws -> Void) throws {
        var output = [UInt8](repeating: 0, count: ZSTD_DStreamOutSize())
        try input.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var source = ZSTD_inBuffer(src: bytes.baseAddress, size: bytes.count, pos: 0)
            var produced = 0
            // A full output buffer may leave output inside zstd after the input is all taken.
            while source.pos < source.size || produced == output.count {
                produced = try output.withUnsafeMutableBytes { buffer -> Int in
                    var target = ZSTD_outBuffer(dst: buffer.baseAddress, size: buffer.count, pos: 0)
                    let result = ZSTD_decompressStream(context, &target, &source)
                    if ZSTD_isError(result) != 0 {
                        throw Failure.damaged(String(cString: ZSTD_getErrorName(result)))
                    }
                    complete = result == 0
                    return target.pos
                }
                guard produced > 0 else { continue }
                guard written + produced <= limit else { throw Failure.tooLarge }
                written += produced
                try consume(Data(output[0..<produced]))
            }
        }
    }

    /// Throws when the input ended inside a frame.
    func finish() throws {
        if !complete { throw Failure.truncated }
    }
}
