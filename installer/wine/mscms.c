/* Stand-in mscms.dll for the Wine prefix of `make windows-check` only; never shipped.
 * Qt's Windows platform plugin imports WcsCreateIccProfile, which Wine 8's mscms lacks.
 * No colour profile here: the window draws in sRGB, as without a monitor profile. */
#include <windows.h>

__declspec(dllexport) HANDLE WINAPI OpenColorProfileW(PVOID profile, DWORD access, DWORD share, DWORD creation)
{ (void)profile; (void)access; (void)share; (void)creation; SetLastError(ERROR_NOT_SUPPORTED); return NULL; }
__declspec(dllexport) BOOL WINAPI CloseColorProfile(HANDLE profile) { (void)profile; return TRUE; }
__declspec(dllexport) BOOL WINAPI GetColorProfileFromHandle(HANDLE profile, PBYTE buffer, PDWORD size)
{ (void)profile; (void)buffer; if (size) *size = 0; SetLastError(ERROR_NOT_SUPPORTED); return FALSE; }
__declspec(dllexport) HANDLE WINAPI WcsCreateIccProfile(HANDLE profile, DWORD intent)
{ (void)profile; (void)intent; SetLastError(ERROR_NOT_SUPPORTED); return NULL; }
