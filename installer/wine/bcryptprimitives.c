/* Stand-in bcryptprimitives.dll for the Wine prefix of `make windows-check` only; never
 * shipped. Rust's standard library (python-calamine) draws random numbers from ProcessPrng,
 * which Wine 8 lacks; this one asks RtlGenRandom (advapi32 SystemFunction036). */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
    while (size > 0) {
        ULONG chunk = size > 0x10000000 ? 0x10000000 : (ULONG)size;
        if (!SystemFunction036(data, chunk)) return FALSE;
        data += chunk;
        size -= chunk;
    }
    return TRUE;
}
