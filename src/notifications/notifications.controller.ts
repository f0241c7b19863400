import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CurrentUser } from '../auth/decorators/current-user.decorator';
import { ApiErrors } from '../common/http/api-error-responses';
import { ApiPagedResponse, Page } from '../common/http/pagination';
import { ApiIdParam, ParseIdPipe } from '../common/http/parse-id.pipe';
import { NotificationView, UnreadCountView } from './dto/notification.view';
import { NotificationsQueryDto } from './dto/notifications-query.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOperation({ summary: 'Your notifications, newest first', description: 'Any signed-in account; `unread=true` for the unread only.' })
  @ApiPagedResponse(NotificationView)
  @ApiErrors(400, 401)
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: NotificationsQueryDto): Promise<Page<NotificationView>> {
    return this.notifications.list(user, query);
  }

  @Get('unread-count')
  @ApiOperation({
    summary: 'How many of your notifications are unread (extension, for the header badge)',
    description: 'Any signed-in account.',
  })
  @ApiOkResponse({ type: UnreadCountView })
  @ApiErrors(401)
  async unreadCount(@CurrentUser() user: AuthenticatedUser): Promise<UnreadCountView> {
    return { count: await this.notifications.unreadCount(user) };
  }

  @Post('read-all')
  @HttpCode(204)
  @ApiOperation({ summary: 'Mark all your notifications read (extension)', description: 'Any signed-in account.' })
  @ApiNoContentResponse({ description: 'All read' })
  @ApiErrors(401)
  async markAllRead(@CurrentUser() user: AuthenticatedUser): Promise<void> {
    await this.notifications.markAllRead(user);
  }

  @Post(':id/read')
  @HttpCode(204)
  @ApiOperation({ summary: 'Mark one of your notifications read', description: 'The recipient; anyone else gets 404.' })
  @ApiIdParam('The notification')
  @ApiNoContentResponse({ description: 'Read (it stays read; the first reading time is kept)' })
  @ApiErrors(401, [404, 'No such notification to you'])
  async markRead(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseIdPipe) id: string): Promise<void> {
    await this.notifications.markRead(user, id);
  }
}
